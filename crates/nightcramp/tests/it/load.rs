//! Holding under load, as a real `nightcramp serve` process: bursts of logins from many
//! addresses at once, with the server's memory measured (bounded counts, loopback only).

use crate::support::{Sandbox, Server, exchange};

/// A connection to the server from a loopback address of our choosing (127.0.0.0/8 is all
/// this machine's), so a test can look like many clients.
fn connect_from(server: &Server, from: std::net::Ipv4Addr) -> std::net::TcpStream {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .expect("runtime");
    let target: std::net::SocketAddr = server.addr.parse().expect("address");
    let stream = runtime
        .block_on(async {
            let socket = tokio::net::TcpSocket::new_v4()?;
            socket.bind((from, 0).into())?;
            socket.connect(target).await
        })
        .expect("connect");
    let stream = stream.into_std().expect("a std stream");
    stream.set_nonblocking(false).expect("blocking");
    stream
}

/// 100 wrong-password logins released at once, each from its own address (so the limit per
/// address lets every first attempt through): the password checks are bounded, so the
/// server's memory stays flat (a probe of the old server saw it rise from 12 MB to 1.9 GB),
/// every login gets an answer (a wrong password, or "busy"), and the right one still works.
#[cfg(target_os = "linux")]
#[test]
fn a_burst_of_logins_from_many_addresses_keeps_memory_flat() {
    let d = Sandbox::new();
    d.ok(&["cramp", "--at", "03:10", "--side", "left"]);
    let password_file = d.write("password", "correct horse battery\n");
    let server = d.serve_with(d.command(&[
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--password-file",
        crate::support::s(&password_file),
    ]));
    let login = |from: std::net::Ipv4Addr, password: &str| {
        exchange(
            connect_from(&server, from),
            &server,
            "POST",
            "/login",
            None,
            None,
            "application/x-www-form-urlencoded",
            &format!("password={}", password.replace(' ', "+")),
        )
        .0
    };
    // One login first, so the memory it needs in any case is counted before the burst.
    assert_eq!(
        login(std::net::Ipv4Addr::new(127, 0, 0, 1), "warming up"),
        401
    );
    let before = server.peak_memory();
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let tries: Vec<_> = (0..100u8)
            .map(|i| scope.spawn(move || login(std::net::Ipv4Addr::new(127, 0, 1, i + 1), "guess")))
            .collect();
        tries
            .into_iter()
            .map(|t| t.join().expect("thread"))
            .collect()
    });
    let after = server.peak_memory();
    assert!(
        statuses.iter().all(|s| *s == 401 || *s == 429),
        "a wrong password or busy, never an error: {statuses:?}"
    );
    assert!(
        statuses.contains(&429),
        "beyond the bound, logins are refused at once: {statuses:?}"
    );
    let grown = after.saturating_sub(before) >> 20;
    assert!(
        grown < 100,
        "the server's peak memory grew by {grown} MB during the burst ({} MB before)",
        before >> 20
    );
    assert_eq!(
        login(
            std::net::Ipv4Addr::new(127, 0, 2, 1),
            "correct horse battery"
        ),
        303,
        "the right password works after the burst"
    );
}
