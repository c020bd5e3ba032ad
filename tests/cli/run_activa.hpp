// SPDX-License-Identifier: MIT
// Runs the built binary as a user would, for the command-line tests.
#pragma once

#include <gtest/gtest.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
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

} // namespace activa::test
