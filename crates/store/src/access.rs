/*!
Who may read or write which diary, decided in one place.

Every diary read and write takes a [`DiaryAccess`], and only [`decide`] (through
`Store::authorize`) makes one: a front end cannot reach a diary without asking here first,
so no page, route or command carries its own rule. The rules (accounts.md, "Who may see
what"):

- whoever holds the database itself (the CLI, the operator) may act on any diary, choosing
  it with `--person` where there are several;
- a person account reads and writes its own diary, and only that;
- a clinician reads the diaries shared with them while the share is active (not revoked,
  not past its last day), never writes;
- a researcher reads no single diary (pooled counts only); an admin reads none;
- a share link opens the one diary it was made for, read-only, while it is active.

Anything else is [`Denied::NotFound`], worded exactly like a name that does not exist: the
name of a patient is itself private, so "not yours" and "no such person" must not differ.
*/

use nightcramp_core::language::Message;
use std::fmt;

use jiff::Timestamp;
use jiff::civil::Date;
use uuid::Uuid;

/// What an account is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Owns one diary.
    Person,
    /// Reads the diaries shared with them.
    Clinician,
    /// Sees pooled counts of those who shared with them, no names.
    Researcher,
    /// Manages accounts; reads no diary.
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Person, Role::Clinician, Role::Researcher, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Person => "person",
            Role::Clinician => "clinician",
            Role::Researcher => "researcher",
            Role::Admin => "admin",
        }
    }

    /// May this role be given a share?
    pub fn can_receive_shares(self) -> bool {
        matches!(self, Role::Clinician | Role::Researcher)
    }
}

impl std::str::FromStr for Role {
    type Err = String;
    fn from_str(text: &str) -> Result<Role, String> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == text)
            .ok_or_else(|| "person, clinician, researcher or admin".to_string())
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An account as the store holds it (the password hash is read separately, only to check
/// a login).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub name: String,
    pub role: Role,
    pub created_at: Timestamp,
    /// The diary a person account owns. Not public: a diary is reached through access.
    pub(crate) diary: Option<i64>,
}

/// One share of a diary: with an account, or as a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    pub id: Uuid,
    /// The person whose diary it opens.
    pub owner: String,
    /// The account it was given to; `None` for a link.
    pub with: Option<String>,
    pub created_at: Timestamp,
    /// The last day it opens the diary (inclusive); `None`: until revoked.
    pub until: Option<Date>,
    pub revoked_at: Option<Timestamp>,
    pub(crate) diary: i64,
    /// SHA-256 of a link's token, hex.
    pub(crate) token_hash: Option<String>,
}

/// Where a share stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareStatus {
    Active,
    Expired,
    Revoked,
}

impl ShareStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ShareStatus::Active => "active",
            ShareStatus::Expired => "expired",
            ShareStatus::Revoked => "revoked",
        }
    }
}

impl Share {
    pub fn is_link(&self) -> bool {
        self.token_hash.is_some()
    }

    pub fn status(&self, today: Date) -> ShareStatus {
        if self.revoked_at.is_some() {
            ShareStatus::Revoked
        } else if self.until.is_some_and(|last| today > last) {
            ShareStatus::Expired
        } else {
            ShareStatus::Active
        }
    }
}

/// Every account and share: what a decision looks at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Directory {
    pub accounts: Vec<Account>,
    pub shares: Vec<Share>,
}

impl Directory {
    pub fn account(&self, name: &str) -> Option<&Account> {
        self.accounts.iter().find(|a| a.name == name)
    }

    pub fn people(&self) -> impl Iterator<Item = &Account> {
        self.accounts.iter().filter(|a| a.role == Role::Person)
    }

    /// The shares of the diary an access opens, active or not.
    pub fn shares_of<'a>(&'a self, access: &DiaryAccess) -> impl Iterator<Item = &'a Share> {
        let diary = access.diary;
        self.shares.iter().filter(move |s| s.diary == diary)
    }

    fn owner_of(&self, diary: i64) -> Option<&Account> {
        self.accounts.iter().find(|a| a.diary == Some(diary))
    }

    /// Every diary that can hold rows: the first one and each person's (removing a person
    /// removes their rows, so there are no others).
    pub(crate) fn diary_numbers(&self) -> Vec<i64> {
        let mut numbers: Vec<i64> = self.accounts.iter().filter_map(|a| a.diary).collect();
        numbers.push(Directory::FIRST_DIARY);
        numbers.sort_unstable();
        numbers.dedup();
        numbers
    }

    /// The diary that existed before any account: number 1, until a person takes it.
    pub(crate) const FIRST_DIARY: i64 = 1;
}

/// Who is asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// Whoever holds the database file or URL: the CLI on the machine.
    Operator,
    /// A logged-in account, by name.
    Account(String),
    /// Whoever holds a share link's token.
    Link(String),
}

/// Reading, or changing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    Read,
    Write,
}

/// Permission to read (or write) one diary, made only by [`decide`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiaryAccess {
    pub(crate) diary: i64,
    write: bool,
    /// The person whose diary it is (`None` for the diary of a store without accounts).
    owner: Option<String>,
    /// Who reads it when that is not its owner nor the operator: written to the audit log.
    reader: Option<String>,
}

/// Which diary an access opens, without saying more: for caches kept per diary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DiaryKey(i64);

impl DiaryAccess {
    pub fn key(&self) -> DiaryKey {
        DiaryKey(self.diary)
    }

    pub fn can_write(&self) -> bool {
        self.write
    }

    /// The person whose diary this is; `None` in a store without accounts.
    pub fn owner(&self) -> Option<&str> {
        self.owner.as_deref()
    }

    /// Someone other than the owner (a clinician, a link) is reading: audited.
    pub fn reader(&self) -> Option<&str> {
        self.reader.as_deref()
    }

    /// Is this the owner's own access (or the operator's), so the audit log may be read?
    pub fn is_owners(&self) -> bool {
        self.reader.is_none()
    }

    /// Refuses a read-only access before anything is written.
    pub(crate) fn check_write(&self) -> Result<(), Denied> {
        if self.write {
            Ok(())
        } else {
            Err(Denied::ReadOnly(self.owner.clone().unwrap_or_default()))
        }
    }

    /// Refuses what only the owner may do (share, read the audit log) to anyone else.
    pub(crate) fn check_owner(&self) -> Result<(), Denied> {
        if self.write && self.reader.is_none() {
            Ok(())
        } else {
            Err(Denied::ReadOnly(self.owner.clone().unwrap_or_default()))
        }
    }
}

// ---------- account and share changes: the rules, shared by every backend

use crate::StoreError;

/// The diary a new account gets (`None` for roles without one), or why it cannot be added.
/// `next_diary` is the store's counter: the first person gets diary 1, the diary that was
/// there before accounts.
pub(crate) fn new_account_diary(
    directory: &Directory,
    name: &str,
    role: Role,
    next_diary: i64,
) -> Result<Option<i64>, StoreError> {
    check_account_name(name)?;
    if directory.account(name).is_some() {
        return Err(StoreError::Refused(
            Message::new("store.account_exists").with("name", format!("{name:?}")),
        ));
    }
    Ok((role == Role::Person).then_some(next_diary.max(Directory::FIRST_DIARY)))
}

/// Who manages accounts (lists, adds and removes them): the operator and an admin account,
/// nobody else. An admin reads no diary ([`decide`] gives them none); they manage who may.
/// `removing` names an account to be removed: an admin's own is refused, so a store is never
/// left by accident without the admin who runs it (the operator may, from the command line).
pub fn may_manage_accounts(
    directory: &Directory,
    actor: &Actor,
    removing: Option<&str>,
) -> Result<(), StoreError> {
    match actor {
        Actor::Operator => Ok(()),
        Actor::Account(me) if directory.account(me).is_some_and(|a| a.role == Role::Admin) => {
            if removing == Some(me.as_str()) {
                return Err(StoreError::Refused(Message::new("store.remove_self")));
            }
            Ok(())
        }
        _ => Err(StoreError::Denied(Denied::NotFound("accounts".into()))),
    }
}

/// Names are what people type to log in and what clinicians see: 1 to 64 characters,
/// letters, digits, spaces, `.`, `-`, `_`, `@`, `'`, not starting or ending with a space.
pub fn check_account_name(name: &str) -> Result<(), StoreError> {
    let allowed = |c: char| c.is_alphanumeric() || " .-_@'".contains(c);
    let chars = name.chars().count();
    if chars == 0 || chars > 64 || name.trim() != name || !name.chars().all(allowed) {
        return Err(StoreError::Refused(
            Message::new("store.account_name").with("name", format!("{name:?}")),
        ));
    }
    Ok(())
}

pub(crate) fn existing_account<'a>(
    directory: &'a Directory,
    name: &str,
) -> Result<&'a Account, StoreError> {
    directory.account(name).ok_or_else(|| {
        StoreError::Refused(Message::new("store.no_account").with("name", format!("{name:?}")))
    })
}

/// The diary to delete with a removed account, or why the removal is refused.
pub(crate) fn removal(
    directory: &Directory,
    name: &str,
    diary_is_empty: impl Fn(i64) -> Result<bool, StoreError>,
    delete_diary: bool,
) -> Result<Option<i64>, StoreError> {
    let account = existing_account(directory, name)?;
    match account.diary {
        Some(diary) if !delete_diary => {
            if diary_is_empty(diary)? {
                Ok(Some(diary))
            } else {
                Err(StoreError::Refused(
                    Message::new("store.diary_holds_entries").with("name", name),
                ))
            }
        }
        other => Ok(other),
    }
}

/// The account a share goes to, checked: it exists and may receive shares.
pub(crate) fn share_recipient<'a>(
    directory: &'a Directory,
    access: &DiaryAccess,
    with: &str,
) -> Result<&'a Account, StoreError> {
    access.check_owner()?;
    let account = existing_account(directory, with)?;
    if !account.role.can_receive_shares() {
        return Err(StoreError::Refused(
            Message::new("store.cannot_receive")
                .with("with", with)
                .with("role", account.role),
        ));
    }
    Ok(account)
}

/// The one share of this diary that `id` names (its id or the first characters of it).
pub(crate) fn share_to_revoke<'a>(
    directory: &'a Directory,
    access: &DiaryAccess,
    id: &str,
) -> Result<&'a Share, StoreError> {
    access.check_owner()?;
    let wanted = id.trim().to_ascii_lowercase().replace('-', "");
    let matching: Vec<&Share> = directory
        .shares
        .iter()
        .filter(|s| s.diary == access.diary)
        .filter(|s| !wanted.is_empty() && s.id.simple().to_string().starts_with(&wanted))
        .collect();
    match matching.as_slice() {
        [one] => Ok(one),
        [] => Err(StoreError::Refused(
            Message::new("store.no_share").with("id", format!("{id:?}")),
        )),
        _ => Err(StoreError::Refused(
            Message::new("store.several_shares").with("id", format!("{id:?}")),
        )),
    }
}

/// Why a diary cannot be reached. Nothing was read or written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Denied {
    /// The same words whether the person does not exist or is not yours to see.
    #[error("no diary named {0:?} here")]
    NotFound(String),
    #[error("this store holds several people's diaries ({}); say whose with --person NAME", .0.join(", "))]
    ChoosePerson(Vec<String>),
    #[error("a {0} account has no diary of its own")]
    NoOwnDiary(Role),
    #[error("{0}'s diary is shared with you to read, not to change")]
    ReadOnly(String),
    #[error("this link has expired or was revoked, or never existed")]
    BadLink,
    #[error("your session names an account that no longer exists")]
    UnknownAccount,
}

/// SHA-256 of a link token, as stored (the token itself never is).
pub fn token_hash(token: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The one decision. `person` is the diary asked for by its owner's name (`--person`, or a
/// clinician's `/api/people/{person}`); `None` means "mine" (or, for the operator, the only
/// one). `today` dates the shares' last days.
pub fn decide(
    directory: &Directory,
    actor: &Actor,
    person: Option<&str>,
    want: Want,
    today: Date,
) -> Result<DiaryAccess, Denied> {
    let not_found = |name: &str| Denied::NotFound(name.to_string());
    match actor {
        Actor::Operator => {
            let owner = match person {
                Some(name) => Some(
                    directory
                        .people()
                        .find(|a| a.name == name)
                        .ok_or_else(|| not_found(name))?,
                ),
                None => {
                    let people: Vec<&Account> = directory.people().collect();
                    match people.as_slice() {
                        [] => None,
                        [only] => Some(*only),
                        several => {
                            return Err(Denied::ChoosePerson(
                                several.iter().map(|a| a.name.clone()).collect(),
                            ));
                        }
                    }
                }
            };
            Ok(DiaryAccess {
                diary: owner
                    .and_then(|a| a.diary)
                    .unwrap_or(Directory::FIRST_DIARY),
                write: true,
                owner: owner.map(|a| a.name.clone()),
                reader: None,
            })
        }
        Actor::Account(name) => {
            let me = directory.account(name).ok_or(Denied::UnknownAccount)?;
            let wanted = person.unwrap_or(name);
            if wanted == me.name {
                return match (me.role, me.diary) {
                    (Role::Person, Some(diary)) => Ok(DiaryAccess {
                        diary,
                        write: true,
                        owner: Some(me.name.clone()),
                        reader: None,
                    }),
                    (role, _) => Err(Denied::NoOwnDiary(role)),
                };
            }
            // Only a clinician reads another person's diary, and only through an active share.
            if me.role != Role::Clinician {
                return Err(not_found(wanted));
            }
            let owner = directory
                .people()
                .find(|a| a.name == wanted)
                .ok_or_else(|| not_found(wanted))?;
            let shared = directory.shares.iter().any(|s| {
                Some(s.diary) == owner.diary
                    && s.with.as_deref() == Some(me.name.as_str())
                    && s.status(today) == ShareStatus::Active
            });
            if !shared {
                return Err(not_found(wanted));
            }
            if want == Want::Write {
                return Err(Denied::ReadOnly(owner.name.clone()));
            }
            Ok(DiaryAccess {
                diary: owner.diary.unwrap_or(Directory::FIRST_DIARY),
                write: false,
                owner: Some(owner.name.clone()),
                reader: Some(me.name.clone()),
            })
        }
        Actor::Link(token) => {
            let hash = token_hash(token);
            let share = directory
                .shares
                .iter()
                .find(|s| {
                    s.token_hash.as_deref().is_some_and(|h| {
                        h.len() == hash.len()
                            && h.bytes()
                                .zip(hash.bytes())
                                .fold(0u8, |acc, (x, y)| acc | (x ^ y))
                                == 0
                    })
                })
                .filter(|s| s.status(today) == ShareStatus::Active)
                .ok_or(Denied::BadLink)?;
            if want == Want::Write {
                return Err(Denied::ReadOnly(share.owner.clone()));
            }
            Ok(DiaryAccess {
                diary: share.diary,
                write: false,
                owner: directory.owner_of(share.diary).map(|a| a.name.clone()),
                reader: Some(format!("share link {}", short_id(share.id))),
            })
        }
    }
}

/// A researcher's read-only accesses to every diary shared with them now, for pooled counts
/// only (the caller shows no names). Anyone else has none: not found.
pub fn pooled(
    directory: &Directory,
    researcher: &str,
    today: Date,
) -> Result<Vec<DiaryAccess>, Denied> {
    let me = directory
        .account(researcher)
        .ok_or(Denied::UnknownAccount)?;
    if me.role != Role::Researcher {
        return Err(Denied::NotFound("study".into()));
    }
    Ok(shared_with(directory, researcher, today)
        .into_iter()
        .filter_map(|person| {
            person.diary.map(|diary| DiaryAccess {
                diary,
                write: false,
                owner: Some(person.name.clone()),
                reader: Some(me.name.clone()),
            })
        })
        .collect())
}

/// The first eight hex digits of a share id: enough for a person to tell shares apart.
pub fn short_id(id: Uuid) -> String {
    id.simple().to_string()[..8].to_string()
}

/// The people a clinician (or researcher) may see now: those with an active share to them.
pub fn shared_with<'a>(directory: &'a Directory, account: &str, today: Date) -> Vec<&'a Account> {
    let mut people: Vec<&Account> = directory
        .people()
        .filter(|p| {
            directory.shares.iter().any(|s| {
                Some(s.diary) == p.diary
                    && s.with.as_deref() == Some(account)
                    && s.status(today) == ShareStatus::Active
            })
        })
        .collect();
    people.sort_by(|a, b| a.name.cmp(&b.name));
    people.dedup_by(|a, b| a.name == b.name);
    people
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: Timestamp,
    /// Whose diary it concerns (`None` for events of no diary, such as an admin's login).
    pub person: Option<String>,
    /// Who acted: an account's name, "share link 1a2b3c4d", or "the operator".
    pub actor: String,
    /// `read`, `export`, `share_added`, `share_revoked`, `login`, `login_failed`.
    pub action: String,
    pub detail: String,
    /// From where: a client address, or "command line".
    pub origin: String,
}

/// An audit entry about to be written: for the diary an access names, or for an account.
#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub at: Timestamp,
    pub actor: String,
    pub action: &'static str,
    pub detail: String,
    pub origin: String,
}

/// A diary can be shared once it belongs to a person account (the shares and the clinician's
/// list name the person).
pub(crate) fn check_shareable(access: &DiaryAccess) -> Result<(), StoreError> {
    if access.owner.is_none() {
        return Err(StoreError::Refused(Message::new("store.no_owner")));
    }
    Ok(())
}

/// The audit entry for a share change, written by whoever holds the owner's access.
pub(crate) fn share_event(
    access: &DiaryAccess,
    share: &Share,
    action: &'static str,
    at: Timestamp,
    origin: &str,
) -> AuditEvent {
    let what = match &share.with {
        Some(with) => format!("with {with}"),
        None => "a link".to_string(),
    };
    let until = share
        .until
        .map(|d| format!(" until {d}"))
        .unwrap_or_default();
    AuditEvent {
        at,
        actor: access.owner.clone().unwrap_or_default(),
        action,
        detail: format!("share {} {what}{until}", short_id(share.id)),
        origin: origin.to_string(),
    }
}

/// An entry read back, to be written again (copying a store).
pub(crate) fn event_of(entry: &AuditEntry) -> AuditEvent {
    AuditEvent {
        at: entry.at,
        actor: entry.actor.clone(),
        action: audit_action(&entry.action),
        detail: entry.detail.clone(),
        origin: entry.origin.clone(),
    }
}

/// The closed set of audit actions, so an event's action can stay a `&'static str`.
pub const AUDIT_ACTIONS: [&str; 7] = [
    "read",
    "export",
    "share_added",
    "share_revoked",
    "login",
    "login_failed",
    "logout",
];

fn audit_action(text: &str) -> &'static str {
    AUDIT_ACTIONS
        .into_iter()
        .find(|a| *a == text)
        .unwrap_or("other")
}

// ---------- the JSON of accounts, shares and the audit log: one shape for the CLI and the API

impl Account {
    /// `{"name", "role", "created_at"}`: never the password hash.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "name": self.name,
            "role": self.role.as_str(),
            "created_at": self.created_at.to_string(),
        })
    }
}

impl Share {
    /// `{"id", "with" (null for a link), "link", "created_at", "until", "revoked_at",
    /// "status"}`: never the token or its hash.
    pub fn to_json(&self, today: Date) -> serde_json::Value {
        serde_json::json!({
            "id": self.id.to_string(),
            "with": self.with,
            "link": self.is_link(),
            "created_at": self.created_at.to_string(),
            "until": self.until.map(|d| d.to_string()),
            "revoked_at": self.revoked_at.map(|t| t.to_string()),
            "status": self.status(today).as_str(),
        })
    }
}

impl AuditEntry {
    /// `{"at", "person", "actor", "action", "detail", "origin"}`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "at": self.at.to_string(),
            "person": self.person,
            "actor": self.actor,
            "action": self.action,
            "detail": self.detail,
            "origin": self.origin,
        })
    }
}
