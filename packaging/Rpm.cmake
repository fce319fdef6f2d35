# RPM packages (cpack -G RPM, scripts/package-rpm): the same three components as the .deb
# packages, for Fedora/openSUSE-style hosts. Library dependencies come from rpmbuild's
# automatic ELF requirements (libQt6Core.so.6()(64bit) …), as on those distributions.
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_URL "https://github.com/authdesk/authdesk")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
# Directories the distribution's own packages own (filesystem, hicolor-icon-theme,
# bash-completion, zsh): ours must not claim them, or installing conflicts.
set(owned_dirs /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps /usr/share/man /usr/share/man/man1
    /usr/share/bash-completion /usr/share/bash-completion/completions /usr/share/zsh /usr/share/zsh/vendor-completions
    /usr/share/doc)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND owned_dirs /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${owned_dirs})

set(CPACK_RPM_CONSOLE_PACKAGE_NAME authdesk)
set(CPACK_RPM_CONSOLE_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_CONSOLE_PACKAGE_SUMMARY "Admin console for identity and session services")
set(CPACK_RPM_CONSOLE_PACKAGE_DESCRIPTION "AuthDesk signs in to EnableX UCaaS, Platform28 Auth V2 and Overkiz
End-User services, resets people's passwords and manages login sessions.
This is the Qt console (the command-line tool is in authdesk-cli);
secrets are kept in the system keychain only.")
# The SVG icon engine is a plugin, invisible to the ELF requirements (Fedora: qt6-qtsvg,
# openSUSE: qt6-svg): a rich dependency names either.
set(CPACK_RPM_CONSOLE_PACKAGE_REQUIRES "(qt6-qtsvg or qt6-svg)")

set(CPACK_RPM_CLI_PACKAGE_NAME authdesk-cli)
set(CPACK_RPM_CLI_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_CLI_PACKAGE_SUMMARY "Command-line tool for identity and session services")
set(CPACK_RPM_CLI_PACKAGE_DESCRIPTION "authdesk-cli signs in to EnableX UCaaS, Platform28 Auth V2 and Overkiz
End-User services, resets passwords and manages login sessions from
scripts and jump hosts: secrets on standard input, JSON output, exit
codes that say what went wrong. It needs no graphical libraries.")

set(CPACK_RPM_SANDBOX_PACKAGE_NAME authdesk-sandbox)
set(CPACK_RPM_SANDBOX_PACKAGE_GROUP "Development/Tools")
set(CPACK_RPM_SANDBOX_PACKAGE_SUMMARY "Demo and training server for AuthDesk")
set(CPACK_RPM_SANDBOX_PACKAGE_DESCRIPTION "A loopback HTTP server that speaks the EnableX, Platform28 and Overkiz
dialects of the AuthDesk contract, with demo data and a control API for
tests and training.")
