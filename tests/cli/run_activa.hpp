// SPDX-License-Identifier: MIT
// Runs the built binary as a user would, for the command-line tests.
#pragma once

#include <gtest/gtest.h>

#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace activa::test {

struct Outcome {
    int exit_code = -1; // -1 when the process did not exit normally
    int signal = 0;     // the signal that ended it, if one did
    std::string out;
    std::string err;
};

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A fresh folder under the temporary folder, removed with the object. ctest runs tests in
// parallel, and one test may run in several processes at once: whatever a test or the program
// it runs writes goes into a folder of its own, never to a fixed name in a shared place.
class TempFolder {
public:
    TempFolder() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "activa-test-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr)
            ADD_FAILURE() << "mkdtemp: " << std::strerror(errno);
        else
            m_path = pattern;
    }
    ~TempFolder() {
        std::error_code ignored;
        if (!m_path.empty()) std::filesystem::remove_all(m_path, ignored);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// The test's environment without a display or platform hint (the commands must pick their
// platform themselves), with the home and XDG folders in `home`: settings, caches and Qt's
// runtime folder stay the run's own, apart from other tests and from the user's.
inline std::vector<std::string> test_environment(const std::filesystem::path& home) {
    std::vector<std::string> env;
    for (char** e = environ; *e != nullptr; ++e) {
        const std::string_view entry(*e);
        bool replaced = false;
        for (const std::string_view name :
             {"DISPLAY=", "WAYLAND_DISPLAY=", "QT_QPA_PLATFORM=", "HOME=", "XDG_CONFIG_HOME=",
              "XDG_CACHE_HOME=", "XDG_DATA_HOME=", "XDG_RUNTIME_DIR="})
            replaced = replaced || entry.starts_with(name);
        if (!replaced) env.emplace_back(entry);
    }
    for (const std::string_view name :
         {"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"})
        env.push_back(std::string(name) + "=" + home.string());
    return env;
}

// Runs words[0] with exactly these words (no shell) in test_environment(folder) plus `extra`
// variables. The streams go through files in `folder`, so a large output cannot block the child.
inline Outcome run_program(const std::vector<std::string>& words,
                           const std::filesystem::path& folder,
                           const std::vector<std::string>& extra = {}) {
    Outcome result;
    const std::string out_file = (folder / "stdout").string();
    const std::string err_file = (folder / "stderr").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_file.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_file.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<std::string> argv_storage = words;
    std::vector<char*> argv;
    for (std::string& w : argv_storage)
        argv.push_back(w.data());
    argv.push_back(nullptr);
    std::vector<std::string> env = test_environment(folder);
    env.insert(env.end(), extra.begin(), extra.end());
    std::vector<char*> envp;
    for (std::string& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        ADD_FAILURE() << "posix_spawn " << argv[0] << ": " << std::strerror(spawned);
        return result;
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
    result.out = read_file(out_file);
    result.err = read_file(err_file);
    return result;
}

// Runs `activa args...` with exactly these words, its streams and home in `folder`.
inline Outcome run_activa(const std::vector<std::string>& args,
                          const std::filesystem::path& folder) {
    std::vector<std::string> words{ACTIVA_BINARY};
    words.insert(words.end(), args.begin(), args.end());
    return run_program(words, folder);
}

// The same in a fresh folder of its own, removed afterwards.
inline Outcome run_activa(const std::vector<std::string>& args) {
    const TempFolder folder;
    return run_activa(args, folder.path());
}

// Runs a shell command line with the binary as $A, its streams and $HOME in a folder of its own.
inline Outcome shell(const std::string& line) {
    const TempFolder folder;
    return run_program({"/bin/sh", "-c", line}, folder.path(), {"A=" ACTIVA_BINARY});
}

// `activa args...` that succeeded: exit code 0 and nothing on stderr.
inline Outcome expect_ok(const std::vector<std::string>& args) {
    Outcome r = run_activa(args);
    EXPECT_EQ(r.exit_code, 0) << "stderr: " << r.err;
    EXPECT_EQ(r.signal, 0);
    EXPECT_EQ(r.err, "");
    return r;
}

// One "activa: " line on stderr, printable: no control byte and valid UTF-8.
inline void expect_one_printable_line(const std::string& err) {
    ASSERT_FALSE(err.empty());
    EXPECT_TRUE(err.starts_with("activa: ")) << err;
    EXPECT_EQ(err.find('\n'), err.size() - 1) << "not one line: " << err;
    for (const char c : err)
        EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20 && c != '\n') << "raw control byte";
    EXPECT_EQ(err.find('\xff'), std::string::npos) << "raw byte 0xff";
}

// Bad input: exit code 2, nothing on stdout, one printable line on stderr holding every needle.
inline void expect_usage_error(const std::vector<std::string>& args,
                               const std::vector<std::string_view>& needles) {
    std::string command = "activa";
    for (const auto& a : args)
        command += " [" + a + "]";
    SCOPED_TRACE(command);
    const Outcome r = run_activa(args);
    EXPECT_EQ(r.exit_code, 2) << "signal " << r.signal << ", stderr: " << r.err;
    EXPECT_EQ(r.out, "");
    expect_one_printable_line(r.err);
    for (const std::string_view needle : needles)
        EXPECT_NE(r.err.find(needle), std::string::npos) << "'" << needle << "' not in: " << r.err;
}

// The parts of text between the separators.
inline std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    for (std::size_t start = 0;;) {
        const std::size_t at = text.find(separator, start);
        parts.emplace_back(text.substr(start, at == std::string_view::npos ? at : at - start));
        if (at == std::string_view::npos) return parts;
        start = at + 1;
    }
}

// The lines of a text, without the empty one after its last line break.
inline std::vector<std::string> lines(std::string_view text) {
    std::vector<std::string> out = split(text, '\n');
    if (!out.empty() && out.back().empty()) out.pop_back();
    return out;
}

// A number as the program prints it (shortest round trip, nan, inf): all of the text.
inline double to_double(const std::string& s) {
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    EXPECT_EQ(end, s.c_str() + s.size()) << '"' << s << '"';
    return v;
}

inline std::uint64_t bits(double v) {
    return std::bit_cast<std::uint64_t>(v);
}

} // namespace activa::test
