/*!
The day form: every factor of the day before a night, the person's own factors, and
what an import said beside a typed value.
*/

use super::*;
use nightcramp_core::actions::DayInput;

pub(super) struct FactorField {
    pub name: String,
    pub label: String,
    /// "bool", "number" or "choice".
    pub kind: &'static str,
    pub value: String,
    pub unit: &'static str,
    pub step: &'static str,
    /// A choice factor's values as (value, label).
    pub options: Vec<(String, String)>,
    pub favourite: bool,
    /// What an import said where it differs from the value kept ("" when nothing does).
    pub import_said: String,
    /// "Your import said 7,5 h; what you entered counts."
    pub import_line: String,
    /// The stepper buttons' names: "less hours on your feet", "more ...".
    pub less: String,
    pub more: String,
}

#[derive(Template)]
#[template(path = "day.html")]
pub(super) struct DayPage {
    page: Page,
    date: String,
    day_name: String,
    previous: String,
    next: Option<String>,
    fields: Vec<FactorField>,
    custom: Vec<(String, String)>,
    error: Option<String>,
}

pub(super) fn unit_of(b: Builtin) -> (&'static str, &'static str) {
    match b.kind() {
        FactorKind::Number { unit, integer, .. } => {
            let unit = match unit {
                nightcramp_core::factors::Unit::Hours => "h",
                nightcramp_core::factors::Unit::Minutes => "min",
                nightcramp_core::factors::Unit::Litres => "l",
                nightcramp_core::factors::Unit::Milligrams => "mg",
                nightcramp_core::factors::Unit::Count => "",
            };
            (unit, if integer { "1" } else { "0.5" })
        }
        _ => ("", ""),
    }
}

pub(super) fn day_view(
    state: &AppState,
    diary: &Diary,
    session: &Session,
    kb: &Knowledge,
    date: Date,
) -> DayPage {
    let day = diary.day(date);
    let today = state.clock.today(diary);
    // Favourites: the factors recorded most in the last 30 days come first.
    let mut use_count: BTreeMap<FactorKey, usize> = BTreeMap::new();
    for d in dates(add_days(today, -30), today) {
        if let Some(day) = diary.day(d) {
            for k in day.factors.keys() {
                *use_count.entry(k.clone()).or_insert(0) += 1;
            }
        }
    }
    let mut fields: Vec<FactorField> = Builtin::ALL
        .iter()
        .filter(|b| !matches!(b, Builtin::NightChecked))
        .map(|b| {
            let key = FactorKey::Builtin(*b);
            let shown = |v: &FactorValue| match v {
                FactorValue::Bool(v) => v.to_string(),
                FactorValue::Number(n) => format_number(*n),
                FactorValue::Choice(c) => c.clone(),
            };
            let recorded = day.and_then(|d| d.factors.get(&key));
            let value = recorded.map(|f| shown(&f.value));
            let said = recorded.and_then(|f| f.import_said.as_ref());
            let import_said = said.map(shown).unwrap_or_default();
            let (unit, step) = unit_of(*b);
            let label = b.label(kb);
            // What the import said, as the person reads it: the language's numbers and words.
            let import_line = said
                .map(|v| {
                    let value = match v {
                        FactorValue::Bool(true) => text("web.yes"),
                        FactorValue::Bool(false) => text("web.no"),
                        FactorValue::Number(n) => {
                            format!("{} {unit}", kb.language.number_up_to(*n, 2))
                        }
                        FactorValue::Choice(c) => b.choice_label(c, kb),
                    };
                    text_with("web.day.import_said", &[("value", value.trim())])
                })
                .unwrap_or_default();
            FactorField {
                name: b.as_str().into(),
                less: text_with("web.day.less", &[("label", &label)]),
                more: text_with("web.day.more", &[("label", &label)]),
                import_line,
                label,
                kind: match b.kind() {
                    FactorKind::Bool => "bool",
                    FactorKind::Number { .. } => "number",
                    FactorKind::Choice(_) => "choice",
                },
                value: value.unwrap_or_default(),
                unit,
                step,
                options: match b.kind() {
                    FactorKind::Choice(o) => o
                        .iter()
                        .map(|s| ((*s).to_string(), b.choice_label(s, kb)))
                        .collect(),
                    _ => vec![],
                },
                favourite: use_count.get(&key).copied().unwrap_or(0) >= 3,
                import_said,
            }
        })
        .collect();
    fields.sort_by_key(|f| !f.favourite);
    let mut custom_names: Vec<String> = diary
        .days
        .iter()
        .flat_map(|d| d.factors.keys())
        .filter_map(|k| match k {
            FactorKey::Custom(n) => Some(n.clone()),
            FactorKey::Builtin(_) => None,
        })
        .collect();
    custom_names.sort();
    custom_names.dedup();
    let custom = custom_names
        .into_iter()
        .map(|n| {
            let v = day
                .and_then(|d| d.factors.get(&FactorKey::Custom(n.clone())))
                .map(|f| f.value.to_string())
                .unwrap_or_default();
            (n, v)
        })
        .collect();
    DayPage {
        page: page(state, diary, session, &text("web.day.title"), "day"),
        date: date.to_string(),
        day_name: night_label(date),
        previous: add_days(date, -1).to_string(),
        next: (date < today).then(|| add_days(date, 1).to_string()),
        fields,
        custom,
        error: None,
    }
}

pub(super) async fn day_page(
    ctx: PageContext,
    Query(q): Query<NightQuery>,
    Query(flash): Query<Flash>,
) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        ..
    } = ctx;
    let today = state.clock.today(&diary);
    let date = q
        .date
        .as_deref()
        .and_then(|d| parse_record_date(d, today).ok())
        .filter(|d| *d <= today)
        .unwrap_or(today);
    let mut view = day_view(&state, &diary, &session, knowledge()?, date);
    view.page.message = flash_message(&flash);
    render(view)
}

pub(super) async fn day_save(
    ctx: PageContext,
    Form(form): Form<Vec<(String, String)>>,
) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        access: me,
        ..
    } = ctx;
    let kb = knowledge()?;
    let today = state.clock.today(&diary);
    let fields: BTreeMap<String, String> = form.iter().cloned().collect();
    let date = fields
        .get("date")
        .and_then(|d| parse_record_date(d, today).ok())
        .ok_or_else(|| bad_request(text("web.day.no_date")))?;
    let existing = diary.day(date);
    let had = |key: &FactorKey| existing.is_some_and(|d| d.factors.contains_key(key));
    // What the form says, as (label, factor, value or clear); the checks are the core's.
    let mut inputs: Vec<(String, FactorKey, DayInput)> = Vec::new();
    let mut errors = Vec::new();
    for b in Builtin::ALL
        .iter()
        .filter(|b| !matches!(b, Builtin::NightChecked))
    {
        let key = FactorKey::Builtin(*b);
        // Checkboxes: a hidden "present" marker tells an unticked box from an absent one.
        let text = match b.kind() {
            FactorKind::Bool => match fields.get(b.as_str()).map(String::as_str) {
                Some("true") => Some("true".to_string()),
                Some("false") => Some("false".to_string()),
                _ => None,
            },
            _ => fields
                .get(b.as_str())
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty()),
        };
        match text {
            Some(t) => inputs.push((b.label(kb), key, DayInput::Set(t))),
            None if had(&key) => inputs.push((b.label(kb), key, DayInput::Clear)),
            None => {}
        }
    }
    for (name, value) in form.iter().filter_map(|(k, v)| {
        k.strip_prefix("custom:")
            .map(|n| (n.to_string(), v.trim().to_string()))
    }) {
        let Ok(name) = parse_custom_name(&name) else {
            continue;
        };
        let key = FactorKey::Custom(name.clone());
        if value.is_empty() {
            if had(&key) {
                inputs.push((name, key, DayInput::Clear));
            }
        } else {
            inputs.push((name, key, DayInput::Set(value)));
        }
    }
    if let (Some(name), Some(value)) = (
        fields.get("new_name").filter(|n| !n.trim().is_empty()),
        fields.get("new_value"),
    ) {
        match parse_custom_name(name) {
            Ok(name) => {
                let value = if value.trim().is_empty() {
                    "yes".to_string()
                } else {
                    value.clone()
                };
                inputs.push((name.clone(), FactorKey::Custom(name), DayInput::Set(value)));
            }
            Err(e) => errors.push(text_with(
                "web.day.bad_name",
                &[("why", &crate::language::said(&e.message()))],
            )),
        }
    }
    let edits = match nightcramp_core::actions::day_edits(date, today, inputs) {
        Ok(edits) => edits,
        Err(bad) => {
            errors.extend(
                bad.iter()
                    .map(|e| crate::language::said(&e.message_for_people(kb))),
            );
            Vec::new()
        }
    };
    if !errors.is_empty() {
        let mut view = day_view(&state, &diary, &session, kb, date.min(today));
        view.error = Some(text_with(
            "web.day.not_saved",
            &[("why", &errors.join("; "))],
        ));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response());
    }
    let changes: Vec<Change> = nightcramp_store::day_changes(date, edits);
    if !changes.is_empty() {
        state.diary.apply(&me, changes).await?;
    }
    Ok(Redirect::to(&format!("/day?date={date}&saved=1")).into_response())
}
