/*!
The upload page for a watch's export.
*/

use super::*;

#[derive(Template)]
#[template(path = "import.html")]
pub(super) struct ImportPage {
    page: Page,
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
