#include "commands/publish_command.hpp"

#include "report/framework/site_pages.hpp"
#include "util/file_io.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <optional>
#include <ostream>
#include <sys/stat.h>

namespace ladder {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view marker_text =
    "This directory was written by 'ladder publish'. Running 'ladder publish --out' on it again "
    "replaces it whole, so do not keep other files here.\n";

enum class OutputState { absent, ours, foreign, not_directory };

// What is at the output path now. A symbolic link counts as "not a directory": replacing it
// would replace the link, not the directory it points to, which is not what anyone means.
OutputState inspect_output(const fs::path& out) {
    std::error_code error;
    auto status = fs::symlink_status(out, error);
    if (error || status.type() == fs::file_type::not_found) {
        return OutputState::absent;
    }
    if (status.type() != fs::file_type::directory) {
        return OutputState::not_directory;
    }
    return fs::is_regular_file(fs::symlink_status(out / site_marker_file, error))
               ? OutputState::ours
               : OutputState::foreign;
}

// Whether replacing `out` would delete the working directory or a directory above it
// (`--out . --force` must not empty the current project).
bool holds_working_directory(const fs::path& out) {
    std::error_code error;
    fs::path target = fs::weakly_canonical(fs::absolute(out, error), error);
    fs::path here = fs::current_path(error);
    if (error) {
        return true;
    }
    auto first_difference = std::mismatch(target.begin(), target.end(), here.begin(), here.end());
    return first_difference.first == target.end();
}

// Why the output may not be replaced, or "" when it may.
std::string refusal(const fs::path& out, OutputState state, bool force) {
    switch (state) {
    case OutputState::absent:
        return "";
    case OutputState::not_directory:
        return fmt::format("'{}' exists and is not a directory (or is a symbolic link); expected "
                           "a directory to write the site in, or a path that does not exist yet",
                           out.string());
    case OutputState::foreign:
        if (!force) {
            return fmt::format("'{}' exists and was not written by ladder publish (it has no {} "
                               "file); refusing to replace it. Choose another directory, or "
                               "give --force to replace it and everything in it",
                               out.string(), site_marker_file);
        }
        break;
    case OutputState::ours:
        break;
    }
    if (holds_working_directory(out)) {
        return fmt::format("'{}' is the current directory or holds it; refusing to replace it",
                           out.string());
    }
    return "";
}

fs::path parent_of(const fs::path& out) {
    fs::path parent = out.parent_path();
    return parent.empty() ? fs::path(".") : parent;
}

// A fresh directory next to `out` (same file system, so the final rename is atomic).
std::optional<fs::path> make_sibling_dir(const fs::path& out, std::string_view purpose,
                                         std::string& error) {
    std::string pattern =
        (parent_of(out) / fmt::format(".{}.{}-XXXXXX", out.filename().string(), purpose)).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        error = fmt::format("cannot create a directory in '{}': {}", parent_of(out).string(),
                            std::strerror(errno));
        return std::nullopt;
    }
    return fs::path(pattern);
}

// The mode the published directory gets: that of the directory it replaces, with its group (a
// site kept private with 0700 or 0750 stays so; a group that cannot be kept gets no access),
// else the one mkdir would give (0777 less the umask). "" or why not.
std::string give_site_mode(const fs::path& dir, const fs::path& out, OutputState state) {
    struct stat existing {};
    mode_t mode = 0;
    if (state != OutputState::absent && ::stat(out.c_str(), &existing) == 0) {
        mode = existing.st_mode & 07777;
        struct stat created {};
        if (::stat(dir.c_str(), &created) == 0 && created.st_gid != existing.st_gid &&
            ::chown(dir.c_str(), static_cast<uid_t>(-1), existing.st_gid) != 0) {
            mode &= ~static_cast<mode_t>(S_IRWXG | S_ISGID);
        }
    } else {
        mode_t umask_bits = ::umask(0);
        ::umask(umask_bits);
        mode = 0777 & ~umask_bits;
    }
    if (::chmod(dir.c_str(), mode) != 0) {
        return fmt::format("cannot set the permissions of '{}': {}", dir.string(),
                           std::strerror(errno));
    }
    return "";
}

std::string write_site(const fs::path& dir, const std::vector<SitePage>& pages) {
    for (const auto& page : pages) {
        if (std::string error = write_text_file(dir / page.file, page.html); !error.empty()) {
            return error;
        }
    }
    if (std::string error = write_text_file(dir / site_marker_file, marker_text); !error.empty()) {
        return error;
    }
    return "";
}

// Swaps the new site with the old directory in one step where the file system allows it, so
// a web server serving `out` never sees it missing; otherwise moves the old one aside first
// and puts it back if the new one cannot be moved in.
std::string replace_directory(const fs::path& fresh, const fs::path& out) {
    if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) == 0) {
        std::error_code error;
        fs::remove_all(fresh, error); // now holds the old site
        return "";
    }
    std::string error_text;
    auto aside = make_sibling_dir(out, "old", error_text);
    if (!aside) {
        return error_text;
    }
    std::error_code error;
    fs::rename(out, *aside, error);
    if (error) {
        std::string message = error.message();
        fs::remove(*aside, error);
        return fmt::format("cannot move '{}' aside: {}", out.string(), message);
    }
    fs::rename(fresh, out, error);
    if (error) {
        std::string message = error.message();
        fs::rename(*aside, out, error);
        return fmt::format("cannot move the new site to '{}': {}", out.string(), message);
    }
    fs::remove_all(*aside, error);
    return "";
}

std::string move_into_place(const fs::path& fresh, const fs::path& out, OutputState state) {
    if (state != OutputState::absent) {
        return replace_directory(fresh, out);
    }
    std::error_code error;
    fs::rename(fresh, out, error);
    return error
               ? fmt::format("cannot move the new site to '{}': {}", out.string(), error.message())
               : "";
}

// Builds the whole site beside `out`, then renames it into place; on any failure nothing at
// `out` has changed and the temporary directory is gone.
std::string publish_pages(const fs::path& out, OutputState state,
                          const std::vector<SitePage>& pages) {
    std::string error_text;
    auto fresh = make_sibling_dir(out, "tmp", error_text);
    if (!fresh) {
        return error_text;
    }
    error_text = write_site(*fresh, pages);
    if (error_text.empty()) {
        // mkdtemp makes the directory private; a published site is meant to be read, so it
        // gets the permissions mkdir would have given it, or those of the site it replaces.
        error_text = give_site_mode(*fresh, out, state);
    }
    if (error_text.empty()) {
        error_text = move_into_place(*fresh, out, state);
    }
    if (!error_text.empty()) {
        std::error_code error;
        fs::remove_all(*fresh, error);
    }
    return error_text;
}

} // namespace

int run_publish(const CommonOptions& common, const PublishOptions& options,
                const Console& console) {
    auto criteria = load_valid_criteria(common, console);
    if (!criteria) {
        return exit_trouble;
    }
    fs::path out = fs::path(options.out).lexically_normal();
    if (!out.has_filename()) {
        out = out.parent_path(); // "site/" names the directory "site"
    }
    OutputState state = inspect_output(out);
    std::string error_text = refusal(out, state, options.force);
    if (error_text.empty()) {
        error_text = publish_pages(out, state, render_site(criteria->framework));
    }
    if (!error_text.empty()) {
        console.err << "ladder: error: --out: " << error_text << "\n";
        return exit_trouble;
    }
    if (!common.quiet) {
        console.err << fmt::format("ladder: published {} {} to {} (open {})\n",
                                   criteria->framework.name, criteria->framework.version,
                                   out.string(), (out / "index.html").string());
    }
    return exit_ok;
}

} // namespace ladder
