#include "TerminalEcho.h"

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

#include <cstdio>
#include <iterator>

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

bool TerminalEcho::readsWideConsole()
{
#ifdef _WIN32
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#else
    return false;
#endif
}

std::optional<QString> TerminalEcho::readWideLine()
{
#ifdef _WIN32
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    QString line;
    wchar_t buffer[256];
    for (;;) {
        DWORD n = 0;
        if (!ReadConsoleW(in, buffer, DWORD(std::size(buffer)), &n, nullptr) || n == 0)
            break;
        for (DWORD i = 0; i < n; ++i) {
            const char16_t c = char16_t(buffer[i]);
            if (c == u'\n')
                return line;
            if (c == 0x1a && line.isEmpty()) // Ctrl+Z first on a line: the end of input
                return std::nullopt;
            if (c != u'\r')
                line.append(QChar(c));
        }
    }
    if (line.isEmpty())
        return std::nullopt;
    return line;
#else
    return std::nullopt;
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
    if (!SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT)))
        return false;
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

Utf8Console::Utf8Console()
{
#ifdef _WIN32
    if (GetACP() == CP_UTF8 && GetConsoleOutputCP() != CP_UTF8) {
        m_saved = GetConsoleOutputCP();
        if (m_saved == 0 || !SetConsoleOutputCP(CP_UTF8))
            m_saved = 0;
    }
#endif
}

Utf8Console::~Utf8Console()
{
#ifdef _WIN32
    if (m_saved != 0)
        SetConsoleOutputCP(m_saved);
#endif
}
