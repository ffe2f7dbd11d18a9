/*!
The upload page for a watch's export.
*/

use super::*;

#[derive(Template)]
#[template(path = "import.html")]
pub(super) struct ImportPage {
    page: Page,
}

#[derive(Deserialize)]
pub(super) struct UploadQuery {
    name: Option<String>,
}

/// The page's upload (`POST /import?name=FILE`, the raw file as the body, sent by the
/// page's script with its progress shown): the API's path, `upload::receive_export`, with
/// the outcome said in the page's language as `{"lines": [...]}` or `{"error": "..."}`.
pub(super) async fn import_upload(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    Query(query): Query<UploadQuery>,
    body: axum::body::Body,
) -> Response {
    use crate::upload::UploadError;
    let name = crate::upload::upload_name(query.name.as_deref());
    let refused = |status: StatusCode, error: String| {
        (status, axum::Json(serde_json::json!({ "error": error }))).into_response()
    };
    let found = match crate::upload::receive_export(&state, &me, &name, body).await {
        Ok(found) => found,
        Err(UploadError::Refused(status, why)) => return refused(status, said(&why)),
        Err(UploadError::Diary(e)) => {
            eprintln!("nightcramp serve: {e}");
            return refused(StatusCode::INTERNAL_SERVER_ERROR, text("web.error.diary"));
        }
        Err(UploadError::Keeping(e)) => {
            eprintln!("nightcramp serve: keeping an upload: {e}");
            return refused(
                StatusCode::INTERNAL_SERVER_ERROR,
                said(&Message::new("web.upload.keeping")),
            );
        }
    };
    let mut lines = vec![
        said(
            &Message::new("web.import.result_days")
                .with_message("kind", found.kind.name())
                .with("days", found.days),
        ),
        said(
            &Message::new("web.import.result_counts")
                .with("added", found.report.inserted)
                .with("updated", found.report.updated)
                .with("already", found.report.unchanged),
        ),
    ];
    lines.extend(found.notes.iter().map(said));
    lines.extend(found.report.conflicts.iter().map(said));
    axum::Json(serde_json::json!({ "lines": lines })).into_response()
}

/// Upload a wearable export. The upload itself needs JavaScript (a file of a gigabyte is
/// sent as it is, with its progress shown); without it the page says how to use the CLI.
pub(super) async fn import_page(ctx: PageContext) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        ..
    } = ctx;
    render(ImportPage {
        page: page(
            &state,
            &diary,
            &session,
            &text("web.import.title"),
            "entries",
        ),
    })
}
