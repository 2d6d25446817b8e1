#pragma once
// The commands about the framework itself: check files (validate), read it (show), write for it
// (template, schema), publish it, and start a repository of one (init). Each adds its command,
// options and help to `app`; the options object receives the parsed values and must outlive the
// parse.

#include "cli/command_context.hpp"
#include "commands/init_command.hpp"
#include "commands/publish_command.hpp"
#include "commands/schema_command.hpp"
#include "commands/show_command.hpp"
#include "commands/template_command.hpp"
#include "commands/validate_command.hpp"

namespace ladder {

void add_validate_command(CLI::App& app, ValidateOptions& validate, CommandContext& context);
void add_show_command(CLI::App& app, ShowOptions& show, CommandContext& context);
void add_template_command(CLI::App& app, TemplateOptions& template_options,
                          CommandContext& context);
void add_schema_command(CLI::App& app, SchemaOptions& schema, CommandContext& context);
void add_publish_command(CLI::App& app, PublishOptions& publish, CommandContext& context);
void add_init_command(CLI::App& app, InitOptions& init, CommandContext& context);

} // namespace ladder
