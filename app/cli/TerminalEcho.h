#pragma once

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
