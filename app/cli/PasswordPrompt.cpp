#include "app/cli/PasswordPrompt.h"

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <string>

namespace smr::cli {

std::optional<QString> readPassword(const QString &prompt, QTextStream &err)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    err << prompt;
    err.flush();
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << QLatin1Char('\n');
    err.flush();
    return QString::fromStdString(line);
}

} // namespace smr::cli
