#include "TerminalEcho.h"

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

#include <cstdio>

#ifndef _WIN32
struct TerminalEcho::Posix {
    termios saved{};
};
#endif

TerminalEcho::TerminalEcho() = default;

TerminalEcho::~TerminalEcho()
{
    restore();
#ifndef _WIN32
    delete m_posix;
#endif
}

bool TerminalEcho::stdinIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stdin)) != 0;
#else
    return ::isatty(STDIN_FILENO) != 0;
#endif
}

bool TerminalEcho::hide()
{
    if (m_hidden || !stdinIsTerminal())
        return false;
#ifdef _WIN32
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(in, &mode))
        return false;
    m_saved = mode;
    SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    if (!m_posix)
        m_posix = new Posix;
    if (::tcgetattr(STDIN_FILENO, &m_posix->saved) != 0)
        return false;
    termios quiet = m_posix->saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
#endif
    m_hidden = true;
    return true;
}

void TerminalEcho::restore()
{
    if (!m_hidden)
        return;
#ifdef _WIN32
    SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), DWORD(m_saved));
#else
    ::tcsetattr(STDIN_FILENO, TCSANOW, &m_posix->saved);
#endif
    m_hidden = false;
}
