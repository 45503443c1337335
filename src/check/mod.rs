//! `diptych check`: everything a build would report, and what only a careful reader would
//! notice: outdated translations, translation slips (numbers, terms, structure, text left
//! untranslated), UI texts that differ between languages or that no template uses, links
//! in the finished pages that lead nowhere, drafts that would be left out, images too
//! small for the print editions.
//! Nothing is written.
//!
//! A feature on the top floors (docs/architecture.md): it drives the build and the
//! translation QA, and no other module uses it.

mod images;
mod links;

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::config::Config;
use crate::content::{Document, Known};
use crate::diagnostic::{self, Diagnostic};
use crate::i18n::{self, I18n};
use crate::pipeline::{self, BuildOptions, Inputs};
use crate::theme::TemplateSources;
use crate::translation_qa;
use crate::translations;
use crate::words::{Text, text};

/// Every problem of the site, sorted; under `options.strict` warnings count as errors.
/// The site is read once: the careful reading and the build share what was read.
pub fn check(options: &BuildOptions) -> Vec<Diagnostic> {
    let lenient = BuildOptions {
        strict: false,
        ..options.clone()
    };
    let mut problems = match pipeline::read_inputs(
        &lenient,
        &Known::Records(&Default::default()),
        &Default::default(),
    ) {
        Ok(inputs) => {
            let mut problems = careful_reading(options, &inputs);
            let site = Arc::clone(&inputs.site);
            let templates = (inputs.templates.as_ref())
                .map(|sources| sources.texts().clone())
                .unwrap_or_default();
            match pipeline::render_inputs(inputs, &lenient) {
                Ok(rendered) => {
                    problems.extend(rendered.warnings);
                    problems.extend(links::dead_links(&rendered.files, &site, &templates));
                    problems.extend(images::too_small_for_print(
                        &site,
                        &rendered.images,
                        &rendered.produced,
                    ));
                }
                Err(build_problems) => problems.extend(build_problems),
            }
            problems
        }
        Err(problems) => problems,
    };
    if options.strict {
        problems = problems.into_iter().map(Diagnostic::into_error).collect();
    }
    diagnostic::sort(&mut problems);
    problems.dedup();
    problems
}

/// The checks beyond a build: outdated translations, drafts, UI texts that differ between
/// languages or that nothing uses.
fn careful_reading(options: &BuildOptions, inputs: &Inputs) -> Vec<Diagnostic> {
    let site = &inputs.site;
    let config = &site.config;
    let documents: Vec<&Document> = site
        .entries
        .iter()
        .map(|entry| &*entry.doc)
        .chain(site.drafts().iter().map(|draft| &**draft))
        .collect();
    let mut problems = Vec::new();
    match translations::load(&options.root) {
        Ok(records) => problems.extend(translations::stale(&documents, &records, config)),
        Err(problem) => problems.push(problem),
    }
    if !options.drafts {
        problems.extend(site.drafts().iter().map(|doc| {
            Diagnostic::warning(text!("page-is-draft"))
                .in_file(&doc.source)
                .with_hint(text!("page-is-draft-hint"))
        }));
    }
    problems.extend(translation_qa::review(
        site,
        inputs.i18n.as_deref(),
        &options.root,
    ));
    if let (Some(i18n), Some(templates)) = (&inputs.i18n, &inputs.templates) {
        problems.extend(differing_messages(i18n, config));
        problems.extend(unused_messages(i18n, config, templates));
    }
    problems
}

/// Messages whose variables or attributes differ from the default language's.
fn differing_messages(i18n: &I18n, config: &Config) -> Vec<Diagnostic> {
    let Some(model) = i18n.messages(&config.default_language) else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    for language in config
        .languages
        .iter()
        .filter(|l| l.code != config.default_language)
    {
        let Some(messages) = i18n.messages(&language.code) else {
            continue;
        };
        for (id, theirs) in messages {
            let Some(ours) = model.get(id) else {
                continue;
            };
            for (what, a, b) in [
                ("variables", &ours.variables, &theirs.variables),
                ("attributes", &ours.attributes, &theirs.attributes),
            ] {
                if a != b {
                    let source = i18n::ftl_path(&config.default_language);
                    problems.push(
                        Diagnostic::warning(text!(
                            "ui-text-differs",
                            id = id.as_str(),
                            what = what,
                            here = names(b),
                            there = names(a),
                            source = &source
                        ))
                        .in_file(i18n::ftl_path(&language.code))
                        .at(i18n.source(&language.code), theirs.line, 1)
                        .with_hint(text!("ui-text-differs-hint")),
                    );
                }
            }
        }
    }
    problems
}

fn names(set: &BTreeSet<String>) -> Text {
    if set.is_empty() {
        text!("none")
    } else {
        Text::verbatim(
            set.iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", "),
        )
    }
}

/// Messages that no template asks for (`t(key="…")`) and no other message refers to.
fn unused_messages(i18n: &I18n, config: &Config, templates: &TemplateSources) -> Vec<Diagnostic> {
    let Some(model) = i18n.messages(&config.default_language) else {
        return Vec::new();
    };
    let referenced: BTreeSet<&String> = model.values().flat_map(|m| &m.references).collect();
    model
        .iter()
        .filter(|(id, _)| !referenced.contains(id))
        .filter(|(id, _)| templates.using_text(id).is_empty())
        .map(|(id, message)| {
            Diagnostic::warning(text!("ui-text-unused", id = id.as_str()))
                .in_file(i18n::ftl_path(&config.default_language))
                .at(i18n.source(&config.default_language), message.line, 1)
                .with_hint(text!("ui-text-unused-hint"))
        })
        .collect()
}
