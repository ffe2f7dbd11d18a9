/*!
What an admin does on the web: list, add and remove accounts (`/admin`, `/api/accounts`).
An admin reads no diary; who may manage accounts is decided by the store's
`may_manage_accounts`, and everyone else finds nothing here (404, like a page that is not
there). The page and the API call the same three actions, so the rules (a valid name, a
known role, a long enough password, a person's diary never removed from the web) hold for
both.
*/

use nightcramp_store::{Account, Actor, Role, StoreError, check_account_name, may_manage_accounts};

use crate::state::{AppState, DiaryError, Viewer};

/// Why an account action did nothing.
#[derive(Debug)]
pub enum AdminError {
    /// Not an admin (or no login): nothing here.
    NotFound,
    /// Bad input: which field, what was wrong and what is allowed.
    Invalid(String),
    /// The account named is not there.
    NoAccount(String),
    /// Refused by a rule (a taken name, a diary with entries, one's own account).
    Refused(String),
    Failed(String),
}

impl From<DiaryError> for AdminError {
    fn from(e: DiaryError) -> AdminError {
        match e {
            DiaryError::Store(StoreError::Denied(_)) => AdminError::NotFound,
            // Said in the request's language: English on the API, the viewer's on a page.
            DiaryError::Store(StoreError::Refused(message)) => {
                AdminError::Refused(crate::language::said(&message))
            }
            other => AdminError::Failed(other.to_string()),
        }
    }
}

fn me(viewer: Option<&Viewer>) -> Result<String, AdminError> {
    viewer
        .and_then(|v| v.account.clone())
        .ok_or(AdminError::NotFound)
}

/// Every account, for an admin.
pub async fn accounts(
    state: &AppState,
    viewer: Option<&Viewer>,
) -> Result<Vec<Account>, AdminError> {
    let me = me(viewer)?;
    let directory = state.diary.directory().await?;
    may_manage_accounts(&directory, &Actor::Account(me), None).map_err(DiaryError::from)?;
    Ok(directory.accounts.clone())
}

/// Adds an account: the name and role checked, the password long enough and hashed.
pub async fn add(
    state: &AppState,
    viewer: Option<&Viewer>,
    name: String,
    role: &str,
    password: String,
) -> Result<Account, AdminError> {
    let me = me(viewer)?;
    let directory = state.diary.directory().await?;
    may_manage_accounts(&directory, &Actor::Account(me), None).map_err(DiaryError::from)?;
    check_account_name(&name).map_err(|e| AdminError::Invalid(format!("name: {e}")))?;
    let role: Role = role.parse().map_err(|allowed| {
        AdminError::Invalid(format!("role: {role:?} is not allowed; expected {allowed}"))
    })?;
    if !crate::auth::long_enough(&password) {
        return Err(AdminError::Invalid(format!(
            "password: too short; use at least {} characters",
            crate::auth::MIN_PASSWORD_CHARS
        )));
    }
    // argon2id is deliberately slow: off the async threads.
    let hash = tokio::task::spawn_blocking(move || crate::auth::hash_password(&password))
        .await
        .map_err(|e| AdminError::Failed(e.to_string()))?
        .map_err(|e| AdminError::Failed(e.to_string()))?;
    let now = state.clock.now();
    let added = name.clone();
    state
        .diary
        .run(move |s| s.add_account(&added, role, &hash, now))
        .await?;
    state
        .diary
        .directory()
        .await?
        .account(&name)
        .cloned()
        .ok_or_else(|| AdminError::Failed(format!("{name:?} was added but cannot be read back")))
}

/// Removes an account. A person's diary is never deleted from the web: one with entries is
/// refused, and the message says how the command line removes it after a backup.
pub async fn remove(
    state: &AppState,
    viewer: Option<&Viewer>,
    name: String,
) -> Result<(), AdminError> {
    let me = me(viewer)?;
    let directory = state.diary.directory().await?;
    may_manage_accounts(&directory, &Actor::Account(me), Some(&name)).map_err(DiaryError::from)?;
    if directory.account(&name).is_none() {
        return Err(AdminError::NoAccount(format!(
            "there is no account named {name:?}"
        )));
    }
    state
        .diary
        .run(move |s| s.remove_account(&name, false))
        .await?;
    Ok(())
}
