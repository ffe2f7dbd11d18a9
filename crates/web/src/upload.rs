/*!
Receiving a watch's or phone's export over HTTP, for the JSON API and the import page alike.

The body is streamed to a temporary file (an export can be a gigabyte; it is never held in
memory), read by the same loader as `nightcramp import`, and applied in one transaction,
so a damaged export changes nothing. What happened comes back as codes, counts and
`Message`s: the API says them in English, the import page in the reader's language, and
neither writes its own sentence about an export.
*/

use axum::http::StatusCode;
use nightcramp_core::language::Message;
use nightcramp_import::ExportKind;
use nightcramp_store::{ApplyReport, DiaryAccess};

use crate::state::{AppState, DiaryError};

/// The largest export the web app takes: eight years of Apple Watch data are about 1 GB
/// unzipped, far less zipped.
pub const UPLOAD_LIMIT: usize = 4 << 30;

/// The start of an upload's folder name, before the process id of the server reading it.
const UPLOAD_PREFIX: &str = "nightcramp-upload-";

/// Makes the uploads folder and removes what servers that are no longer running left in
/// it (an upload interrupted by a killed server once stayed forever, at its full size).
/// Another server's upload in progress is left alone: its process still runs.
pub fn clear_leftovers(uploads: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(uploads)?;
    for entry in std::fs::read_dir(uploads)?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name
            .strip_prefix(UPLOAD_PREFIX)
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if !process_runs(pid, &entry) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
    Ok(())
}

/// Is the server that made this upload folder still running? Where the system does not
/// say (no `/proc`), a folder untouched for a day is taken as left over.
fn process_runs(pid: u32, entry: &std::fs::DirEntry) -> bool {
    if std::path::Path::new("/proc/self").exists() {
        return pid == std::process::id() || std::path::Path::new(&format!("/proc/{pid}")).exists();
    }
    entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_none_or(|age| age < std::time::Duration::from_secs(24 * 3600))
}

/// What an upload brought into the diary.
pub struct Received {
    pub kind: ExportKind,
    pub days: usize,
    pub bytes: u64,
    pub report: ApplyReport,
    /// What the reader left out and why.
    pub notes: Vec<Message>,
}

/// Why nothing was imported.
pub enum UploadError {
    /// The upload itself or the export is at fault; said to the person, with a status.
    Refused(StatusCode, Message),
    /// The diary could not be read or written.
    Diary(DiaryError),
    /// The server could not keep the upload (its disk, its temporary folder).
    Keeping(std::io::Error),
}

impl From<DiaryError> for UploadError {
    fn from(e: DiaryError) -> Self {
        UploadError::Diary(e)
    }
}

/// The name the export is known by in messages and by which a single Fitbit or Samsung
/// file is recognised: the last part of what the browser sent, else "upload". Never the
/// server's temporary path.
pub fn upload_name(sent: Option<&str>) -> String {
    let last = sent
        .unwrap_or_default()
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default()
        .trim();
    let clean: String = last.chars().filter(|c| !c.is_control()).take(200).collect();
    if clean.is_empty() || clean == "." || clean == ".." {
        "upload".to_string()
    } else {
        clean
    }
}

/// Streams `body` to a temporary file named like the person's file, reads it as a wearable
/// export and applies what it holds to the diary of `access`.
pub async fn receive_export(
    state: &AppState,
    access: &DiaryAccess,
    name: &str,
    mut body: axum::body::Body,
) -> Result<Received, UploadError> {
    use http_body_util::BodyExt as _;
    use std::io::Write as _;
    let refused = |status, message| Err(UploadError::Refused(status, message));
    // A folder of its own, so the file inside can carry the person's name for it; named
    // with this process's id, so the next start of a killed server knows it is left over.
    let folder = tempfile::Builder::new()
        .prefix(&format!("{UPLOAD_PREFIX}{}-", std::process::id()))
        .tempdir_in(&state.uploads)
        .map_err(UploadError::Keeping)?;
    let path = folder.path().join(name);
    let file = std::fs::File::create(&path).map_err(UploadError::Keeping)?;
    let mut writer = std::io::BufWriter::with_capacity(1 << 20, &file);
    let mut size = 0u64;
    while let Some(frame) = body.frame().await {
        let frame = match frame {
            Ok(frame) => frame,
            Err(e) => {
                return refused(
                    StatusCode::BAD_REQUEST,
                    Message::new("web.upload.broke").with("detail", e),
                );
            }
        };
        if let Ok(data) = frame.into_data() {
            size += data.len() as u64;
            if size > UPLOAD_LIMIT as u64 {
                return refused(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    Message::new("web.upload.too_big").with("gb", UPLOAD_LIMIT >> 30),
                );
            }
            writer.write_all(&data).map_err(UploadError::Keeping)?;
        }
    }
    writer.flush().map_err(UploadError::Keeping)?;
    drop(writer);
    drop(file);
    if size == 0 {
        return refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            Message::new("web.upload.empty"),
        );
    }
    let diary_zone = state.diary.profile(access).await?.zone();
    let context = nightcramp_import::ReadContext {
        today: diary_zone
            .clone()
            .unwrap_or_else(|| state.clock.system_zone.clone())
            .to_datetime(state.clock.now())
            .date(),
        diary_zone,
        system_zone: state.clock.system_zone.clone(),
    };
    let shown = name.to_string();
    let read = tokio::task::spawn_blocking(move || {
        nightcramp_import::read_wearable_named(
            &path,
            &shown,
            &context,
            &mut nightcramp_import::Quiet,
        )
    })
    .await
    .map_err(|e| UploadError::Keeping(std::io::Error::other(e)))?;
    drop(folder);
    let found = match read {
        Ok(Some(found)) => found,
        Ok(None) => {
            return refused(
                StatusCode::UNPROCESSABLE_ENTITY,
                Message::new("web.upload.not_export"),
            );
        }
        Err(nightcramp_import::ImportError::Damaged(why)) => {
            return refused(
                StatusCode::UNPROCESSABLE_ENTITY,
                Message::new("web.upload.damaged").with_message("reason", why),
            );
        }
        Err(nightcramp_import::ImportError::Io(e)) => return Err(UploadError::Keeping(e)),
    };
    let report = state.diary.apply(access, found.changes).await?;
    Ok(Received {
        kind: found.kind,
        days: found.days.len(),
        bytes: size,
        report,
        notes: found.notes,
    })
}
