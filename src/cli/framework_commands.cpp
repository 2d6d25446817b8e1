#include "cli/framework_commands.hpp"

#include "cli/common_options.hpp"
#include "report/schemas/output_schemas.hpp"

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace ladder {

void add_validate_command(CLI::App& app, ValidateOptions& validate, CommandContext& context) {
    CLI::App* validate_command = add_command(
        app, "validate",
        "Check criteria, evidence, test-suite and openings files (each YAML file as what its "
        "keys say it is) and report every problem as path:line:column");
    validate_command
        ->add_option("paths", validate.paths,
                     "Files or directories (default: --criteria, else the criteria .ladder.yaml "
                     "names, else ./criteria, else the built-in framework); with --evidence, "
                     "evidence files")
        ->type_name("PATH");
    validate_command->add_flag("--evidence", validate.evidence,
                               "The paths are evidence files, checked against --criteria");
    add_as_of_option(*validate_command, validate.as_of, " for evidence dates");
    validate_command
        ->add_option_function<std::string>(
            "-f,--format",
            [&validate](const std::string& name) {
                validate.format_auto = name == "auto";
                validate.format = parse_format(name).value_or(Format::text);
            },
            "Output format (default: text; auto: github in GitHub Actions, else text)")
        ->check(CLI::IsMember({"text", "json", "github", "junit", "sarif", "auto"}))
        ->option_text("text|json|github|junit|sarif|auto");
    validate_command
        ->add_option("-o,--output", validate.outputs,
                     "Also write the findings to FILE in FORMAT (text, json, github, junit, "
                     "sarif); may be repeated")
        ->type_name("FORMAT=FILE");
    validate_command->add_flag("--strict", validate.strict, "Warnings fail too (exit 1)");
    validate_command
        ->add_option("--disable", validate.disabled,
                     "Switch off the check with this diagnostic code; may be repeated (one line: "
                     "a '# ladder: disable=CODE' comment on it)")
        ->type_name("CODE");
    add_common_options(*validate_command, context.common);
    add_people_facts_options(*validate_command, context.common);
    validate_command->callback([&validate, &context] {
        context.status = run_validate(context.common, validate, context.console());
    });
}

void add_show_command(CLI::App& app, ShowOptions& show, CommandContext& context) {
    CLI::App* show_command =
        add_command(app, "show",
                    "Print the framework as people read it: the tracks side by side by band, a "
                    "track, or a level with all its criteria");
    show_command
        ->add_option("what", show.what,
                     "A track id (ic), a level id (IC4) or a competency id (delivery)")
        ->type_name("TRACK|LEVEL|COMPETENCY");
    show_command
        ->add_option("--ids", show.ids,
                     "Print only the ids of the levels, tracks or competencies, one a line (for "
                     "shell completion; also the columns of batch --columns and the fields of "
                     "batch --by)")
        ->check(CLI::IsMember({"levels", "tracks", "competencies", "columns", "groups"}))
        ->option_text("levels|tracks|competencies|columns|groups");
    add_format_option(*show_command, show.format, {Format::text, Format::markdown, Format::json});
    add_common_options(*show_command, context.common);
    show_command->callback(
        [&show, &context] { context.status = run_show(context.common, show, context.console()); });
}

void add_template_command(CLI::App& app, TemplateOptions& template_options,
                          CommandContext& context) {
    CLI::App* template_command = add_command(
        app, "template", "Print an evidence-file skeleton listing what to gather for a level");
    template_command->add_option("level", template_options.level, "The target level id")
        ->required()
        ->type_name("LEVEL");
    add_common_options(*template_command, context.common);
    template_command->callback([&template_options, &context] {
        context.status = run_template(context.common, template_options, context.console());
    });
}

void add_schema_command(CLI::App& app, SchemaOptions& schema, CommandContext& context) {
    CLI::App* schema_command = add_command(
        app, "schema",
        "Print the JSON Schema of an input file or a JSON output, for editors and tools");
    std::vector<std::string> schema_names = {"criteria", "evidence", "test-suite", "openings"};
    schema_names.insert(schema_names.end(), output_schema_names().begin(),
                        output_schema_names().end());
    schema_command
        ->add_option("format", schema.which, "An input file format, or a JSON output's name")
        ->required()
        ->check(CLI::IsMember(schema_names))
        ->type_name("FORMAT");
    add_common_options(*schema_command, context.common);
    schema_command->callback([&schema, &context] {
        context.status = run_schema(context.common, schema, context.console());
    });
}

void add_publish_command(CLI::App& app, PublishOptions& publish, CommandContext& context) {
    CLI::App* publish_command =
        add_command(app, "publish",
                    "Write the framework as a static HTML site: the tracks side by side by band, "
                    "a page per level and per competency");
    publish_command
        ->add_option("-o,--out", publish.out,
                     "Directory to write; replaced whole if ladder wrote it before")
        ->required()
        ->type_name("DIR");
    publish_command->add_flag("--force", publish.force,
                              "Replace DIR even if ladder did not write it (deletes its content)");
    add_common_options(*publish_command, context.common);
    publish_command->callback([&publish, &context] {
        context.status = run_publish(context.common, publish, context.console());
    });
}

void add_init_command(CLI::App& app, InitOptions& init, CommandContext& context) {
    CLI::App* init_command = add_command(
        app, "init",
        "Start a criteria repository: the built-in framework as criteria/ to make yours, its "
        "test suite, .ladder.yaml, a CI workflow and a pre-commit configuration");
    init_command->add_option("directory", init.directory, "Where to write it (default: .)")
        ->type_name("DIR");
    add_common_options(*init_command, context.common);
    init_command->callback(
        [&init, &context] { context.status = run_init(context.common, init, context.console()); });
}

} // namespace ladder
