/*!
The clinician report as a page (`/report`, printable) and as a PDF (`/report.pdf`), both from
the core's report content for the default period.
*/

use super::*;

pub(crate) fn report_data(
    state: &AppState,
    diary: &Diary,
) -> Result<nightcramp_core::report::ReportData, PageError> {
    let today = state.clock.today(diary);
    let (from, to) = nightcramp_core::actions::report_period(diary, None, None, today)
        .unwrap_or((last_night(today), last_night(today)));
    Ok(nightcramp_core::report::build_report(
        diary,
        knowledge()?,
        from,
        to,
        state.clock.now(),
        env!("CARGO_PKG_VERSION"),
    ))
}

pub async fn report_page(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
) -> PageResult {
    let diary = state.diary.read(&me).await?;
    let data = report_data(&state, &diary)?;
    let actions = (
        text("web.report.pdf"),
        text("web.report.print"),
        text("web.report.back"),
    );
    Ok(Html(crate::report_html(&data, Some(actions))?).into_response())
}

pub async fn report_pdf(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
) -> PageResult {
    let diary = state.diary.read(&me).await?;
    let data = report_data(&state, &diary)?;
    let today = state.clock.today(&diary);
    let bytes = tokio::task::spawn_blocking(move || nightcramp_report::pdf(&data, today))
        .await
        .map_err(|e| {
            PageError(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("the report could not be made: {e}"),
            )
        })?
        .map_err(|e| {
            eprintln!("nightcramp serve: {e}");
            PageError(StatusCode::INTERNAL_SERVER_ERROR, text("web.error.report"))
        })?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"nightcramp-report-{today}.pdf\""),
            ),
        ],
        bytes,
    )
        .into_response())
}
