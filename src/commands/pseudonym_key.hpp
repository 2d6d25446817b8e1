#pragma once
// The key of --pseudonymise (batch, candidates): where it comes from and whether it can be a
// secret at all. Employee ids are a small space (E0001 ... E9999), so anyone who has the key, or
// can guess it, reverses every pseudonym by trying every id; a key must therefore be long
// enough not to be guessed, and be kept where other users cannot read it: in a file or in an
// environment variable, not on the command line, where `ps` and shell history show it.

#include "commands/common.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace ladder {

// Shorter keys are refused: 16 bytes are 128 bits when they are random.
inline constexpr std::size_t min_pseudonym_key_bytes = 16;
// A key file holds one key; anything longer is not one.
inline constexpr std::size_t max_pseudonym_key_bytes = 4096;

// The three ways to give the key; at most one may be given.
struct PseudonymKeyOptions {
    std::optional<std::string> literal;  // --pseudonymise KEY (still accepted, with a warning)
    std::optional<std::string> file;     // --pseudonymise-key-file FILE
    std::optional<std::string> variable; // --pseudonymise-key-env VAR

    bool given() const { return literal || file || variable; }
};

struct PseudonymKey {
    bool ok = true;                 // false: a usage error, said on stderr (exit 2)
    std::optional<std::string> key; // none: no pseudonyms asked for
};

// Reads and checks the key. A key file's one trailing line break (LF or CRLF) is not part of the
// key, so that `echo KEY > file` and an editor's last newline give the key meant. Warns when
// the key was given on the command line, and when its file can be read by other users.
PseudonymKey read_pseudonym_key(const PseudonymKeyOptions& options, const Console& console);

} // namespace ladder
