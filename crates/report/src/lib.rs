/*!
The clinician report as a PDF, typeset by typst: real typography (DejaVu Sans embedded and
subset), tables, and the same vector SVG charts as the web app. Data goes in as JSON
(`nightcramp_core::report::ReportData`) through typst's virtual file system, so the
template (`report.typ`) holds all the layout and none of the logic.

typst lives in this crate alone (pinned to 0.15.1, whose API changes between minor
versions) so that nothing else recompiles it. Nothing here reads the real filesystem: the
fonts and the template are compiled in.
*/

use nightcramp_core::report::ReportData;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

const TEMPLATE: &str = include_str!("report.typ");
const FONTS: &[&[u8]] = &[
    include_bytes!("../fonts/DejaVuSans.ttf"),
    include_bytes!("../fonts/DejaVuSans-Bold.ttf"),
];

/// Why a report could not be made (a template or data problem: a bug, never the person's).
#[derive(Debug, thiserror::Error)]
#[error("could not typeset the report: {0}")]
pub struct ReportError(pub String);

struct ReportWorld {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: FileId,
    files: Vec<(FileId, Bytes)>,
    today: Datetime,
}

fn file_id(path: &str) -> Result<FileId, ReportError> {
    let vpath = VirtualPath::new(path).map_err(|e| ReportError(format!("{path}: {e:?}")))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main {
            Ok(Source::new(id, TEMPLATE.to_string()))
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files
            .iter()
            .find(|(f, _)| *f == id)
            .map(|(_, b)| b.clone())
            .ok_or_else(|| FileError::NotFound(std::path::PathBuf::from(format!("{id:?}"))))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

/// Typesets the report as PDF bytes. `today` dates the document.
pub fn pdf(data: &ReportData, today: jiff::civil::Date) -> Result<Vec<u8>, ReportError> {
    let fonts: Vec<Font> = FONTS
        .iter()
        .filter_map(|bytes| Font::new(Bytes::new(*bytes), 0))
        .collect();
    let json = serde_json::to_vec(data).map_err(|e| ReportError(e.to_string()))?;
    let world = ReportWorld {
        library: LazyHash::new(Library::builder().build()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        main: file_id("/report.typ")?,
        files: vec![
            (file_id("/data.json")?, Bytes::new(json)),
            (
                file_id("/weekly.svg")?,
                Bytes::new(data.weekly_chart_svg.clone().into_bytes()),
            ),
            (
                file_id("/intensity.svg")?,
                Bytes::new(data.intensity_chart_svg.clone().into_bytes()),
            ),
        ],
        today: Datetime::from_ymd(
            i32::from(today.year()),
            today.month() as u8,
            today.day() as u8,
        )
        .ok_or_else(|| ReportError(format!("{today} is not a date typst knows")))?,
    };
    let document: PagedDocument = typst::compile(&world).output.map_err(|errors| {
        ReportError(
            errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })?;
    typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(|errors| {
        ReportError(
            errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })
}
