#pragma once

#include <QString>

#include <optional>

// Turns off the echo of what is typed while a secret is read from a terminal, and restores
// it afterwards (also when the object goes out of scope). Does nothing when standard input
// is not a terminal (a pipe, a file): scripts pass secrets that way.
// POSIX: termios; Windows: the console API (ENABLE_ECHO_INPUT).
class TerminalEcho
{
public:
    TerminalEcho();
    ~TerminalEcho();
    TerminalEcho(const TerminalEcho &) = delete;
    TerminalEcho &operator=(const TerminalEcho &) = delete;

    static bool stdinIsTerminal();
    // Windows: when stdin is a console, one line read as UTF-16 with ReadConsoleW, so that
    // a secret with characters outside ASCII arrives whole whatever the console's code page
    // (getchar() would get it in the OEM code page, not UTF-8). Elsewhere false: read bytes.
    static bool readsWideConsole();
    // The next line without its end; nullopt at the end of input (Ctrl+Z, Enter).
    static std::optional<QString> readWideLine();
    // Hides typing until restore() (or destruction); false when stdin is no terminal.
    bool hide();
    void restore();

private:
    bool m_hidden = false;
#ifdef _WIN32
    unsigned long m_saved = 0; // Windows console mode
#endif
    struct Posix;
    Posix *m_posix = nullptr; // saved termios (POSIX only)
};

// Windows: while it lives, a console shows what the CLI prints as UTF-8 — the process's ANSI
// code page when its manifest (packaging/windows/authdesk.manifest.in) takes effect, from
// Windows 10 1903 on. The console's own code page comes back afterwards. Where the ANSI code
// page is not UTF-8 (older Windows), and on other systems, it changes nothing.
class Utf8Console
{
public:
    Utf8Console();
    ~Utf8Console();
    Utf8Console(const Utf8Console &) = delete;
    Utf8Console &operator=(const Utf8Console &) = delete;

private:
    unsigned m_saved = 0; // the console's output code page, 0: unchanged
};
