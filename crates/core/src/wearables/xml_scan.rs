/*!
A tolerant, streaming scanner for the tags of a large XML export: start and end tags with
their attributes as borrowed byte slices, nothing else.

Wearable exports are gigabytes of one-line elements whose content is all in attributes.
A general XML parser spends most of its time on what these files never need (unescaping
every attribute, text events, name checks), and refuses what they routinely contain
(characters XML 1.0 forbids in device names, a malformed DTD). This scanner reads the
stream into one reused buffer and hands each tag over without copying; the caller decides
which attributes to look at and unescapes nothing it compares as bytes.

What it still checks, because a damaged file must stop rather than import half its data:
every tag ends, every attribute has a quoted value, and an element cut off by the end of
the file is an error with its byte position.
*/

use std::io::Read;

use crate::language::Message;

/// How much of the stream is held at once. A tag longer than this grows the buffer, up to
/// [`LONGEST_TAG`].
const BUFFER: usize = 1 << 20;

/// No real export has a tag anywhere near this; a longer one means the file is not XML.
pub const LONGEST_TAG: usize = 64 << 20;

/// One tag, with its attributes as raw (still escaped) bytes.
pub struct Tag<'a> {
    pub name: &'a [u8],
    pub kind: TagKind,
    bytes: &'a [u8],
    /// (key start, key end, value start, value end) within `bytes`.
    attributes: &'a [[u32; 4]],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagKind {
    /// `<Name ...>`: children follow.
    Start,
    /// `<Name .../>`.
    Empty,
    /// `</Name>`.
    End,
}

impl<'a> Tag<'a> {
    /// The raw value of attribute `key`, entities not expanded.
    pub fn attr(&self, key: &[u8]) -> Option<&'a [u8]> {
        self.attributes.iter().find_map(|&[ks, ke, vs, ve]| {
            (self.bytes.get(ks as usize..ke as usize) == Some(key))
                .then(|| self.bytes.get(vs as usize..ve as usize))
                .flatten()
        })
    }
}

/// What the caller wants after a tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Stop,
}

#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    #[error("near byte {position}: {detail}")]
    Malformed { position: u64, detail: Message },
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

enum Step {
    /// Need more bytes to finish what starts here.
    More,
    /// Skip this many bytes (text, comments, declarations).
    Skip(usize),
    /// A tag of this many bytes.
    Tag(usize),
}

/// Reads `reader` to its end (or until `on_tag` says stop), calling `on_tag` for every tag
/// and `progress` with the bytes read so far, about every megabyte.
pub fn scan<R: Read>(
    mut reader: R,
    mut on_tag: impl FnMut(&Tag<'_>) -> Flow,
    mut progress: impl FnMut(u64),
) -> Result<(), ScanError> {
    let mut buf = vec![0u8; BUFFER];
    let mut start = 0usize; // first unprocessed byte
    let mut end = 0usize; // end of valid bytes
    let mut before = 0u64; // stream bytes before buf[0]
    let mut eof = false;
    let mut attributes: Vec<[u32; 4]> = Vec::with_capacity(32);
    loop {
        // Process every complete piece in buf[start..end].
        while start < end {
            let rest = buf.get(start..end).unwrap_or_default();
            let step = if rest.first() == Some(&b'<') {
                attributes.clear();
                match next_tag(rest, &mut attributes) {
                    Ok(step) => step,
                    Err((offset, detail)) => {
                        return Err(ScanError::Malformed {
                            position: before + (start + offset) as u64,
                            detail,
                        });
                    }
                }
            } else {
                match memchr::memchr(b'<', rest) {
                    Some(i) => Step::Skip(i),
                    None => Step::Skip(rest.len()),
                }
            };
            match step {
                Step::More => break,
                Step::Skip(n) => start += n,
                Step::Tag(n) => {
                    let bytes = rest.get(..n).unwrap_or_default();
                    let (kind, name) = tag_name(bytes);
                    let tag = Tag {
                        name,
                        kind,
                        bytes,
                        attributes: &attributes,
                    };
                    start += n;
                    if on_tag(&tag) == Flow::Stop {
                        progress(before + start as u64);
                        return Ok(());
                    }
                }
            }
        }
        if eof {
            if start < end {
                return Err(ScanError::Malformed {
                    position: before + start as u64,
                    detail: Message::new("wearable.xml_truncated_element"),
                });
            }
            progress(before + end as u64);
            return Ok(());
        }
        // Keep the unfinished piece, make room, read more.
        if start == 0 && end == buf.len() {
            if buf.len() >= LONGEST_TAG {
                return Err(ScanError::Malformed {
                    position: before,
                    detail: Message::new("wearable.xml_too_long").with("mb", LONGEST_TAG >> 20),
                });
            }
            buf.resize(buf.len() * 2, 0);
        } else if start > 0 {
            buf.copy_within(start..end, 0);
            before += start as u64;
            end -= start;
            start = 0;
        }
        // Fill the free space completely: an unfinished tag is parsed again from its start
        // after each refill, so refilling a few bytes at a time would make a long tag
        // quadratic. With the buffer full every time, a tag is re-read at most
        // log2(length / BUFFER) times.
        let reported = before + end as u64;
        while end < buf.len() {
            match reader.read(buf.get_mut(end..).unwrap_or_default()) {
                Ok(0) => {
                    eof = true;
                    break;
                }
                Ok(n) => end += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e.into()),
            }
        }
        if reported >> 20 != (before + end as u64) >> 20 {
            progress(before + end as u64);
        }
    }
}

fn tag_name(bytes: &[u8]) -> (TagKind, &[u8]) {
    let closing = bytes.get(1) == Some(&b'/');
    let from = if closing { 2 } else { 1 };
    let rest = bytes.get(from..).unwrap_or_default();
    let len = rest
        .iter()
        .position(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'/' | b'>'))
        .unwrap_or(rest.len());
    let name = rest.get(..len).unwrap_or_default();
    let kind = if closing {
        TagKind::End
    } else if bytes.ends_with(b"/>") {
        TagKind::Empty
    } else {
        TagKind::Start
    };
    (kind, name)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// What starts at `rest[0] == b'<'`. Errors carry the offset into `rest` and what is wrong.
fn next_tag(rest: &[u8], attributes: &mut Vec<[u32; 4]>) -> Result<Step, (usize, Message)> {
    let skip_past = |marker: &[u8], from: usize| match memchr::memmem::find(
        rest.get(from..).unwrap_or_default(),
        marker,
    ) {
        Some(i) => Step::Skip(from + i + marker.len()),
        None => Step::More,
    };
    match rest.get(1) {
        None => return Ok(Step::More),
        Some(b'?') => return Ok(skip_past(b"?>", 2)),
        Some(b'!') => {
            if rest.len() < 9 {
                return Ok(Step::More);
            }
            return Ok(if rest.starts_with(b"<!--") {
                skip_past(b"-->", 4)
            } else if rest.starts_with(b"<![CDATA[") {
                skip_past(b"]]>", 9)
            } else {
                skip_past(b">", 2)
            });
        }
        Some(b'/') => {
            return Ok(match memchr::memchr(b'>', rest) {
                Some(i) => Step::Tag(i + 1),
                None => Step::More,
            });
        }
        Some(_) => {}
    }
    let mut i = 1;
    while i < rest.len() && !is_space(rest[i]) && rest[i] != b'>' && rest[i] != b'/' {
        i += 1;
    }
    if i == 1 && i < rest.len() {
        return Err((0, Message::new("wearable.xml_stray_lt")));
    }
    loop {
        while i < rest.len() && is_space(rest[i]) {
            i += 1;
        }
        let Some(&c) = rest.get(i) else {
            return Ok(Step::More);
        };
        match c {
            b'>' => return Ok(Step::Tag(i + 1)),
            b'/' => {
                return match rest.get(i + 1) {
                    None => Ok(Step::More),
                    Some(b'>') => Ok(Step::Tag(i + 2)),
                    Some(_) => Err((i, Message::new("wearable.xml_slash"))),
                };
            }
            b'<' => return Err((i, Message::new("wearable.xml_unclosed"))),
            _ => {}
        }
        let key_start = i;
        while i < rest.len() && !is_space(rest[i]) && !matches!(rest[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let key_end = i;
        while i < rest.len() && is_space(rest[i]) {
            i += 1;
        }
        let Some(&eq) = rest.get(i) else {
            return Ok(Step::More);
        };
        let key = String::from_utf8_lossy(rest.get(key_start..key_end).unwrap_or_default());
        if eq != b'=' {
            return Err((
                key_start,
                Message::new("wearable.xml_no_value").with("key", &key),
            ));
        }
        i += 1;
        while i < rest.len() && is_space(rest[i]) {
            i += 1;
        }
        let Some(&quote) = rest.get(i) else {
            return Ok(Step::More);
        };
        if quote != b'"' && quote != b'\'' {
            return Err((i, Message::new("wearable.xml_unquoted").with("key", &key)));
        }
        let value_start = i + 1;
        let Some(len) = memchr::memchr(quote, rest.get(value_start..).unwrap_or_default()) else {
            return Ok(Step::More);
        };
        let value_end = value_start + len;
        i = value_end + 1;
        // Offsets fit u32: a tag is never longer than LONGEST_TAG.
        attributes.push([
            key_start as u32,
            key_end as u32,
            value_start as u32,
            value_end as u32,
        ]);
    }
}
