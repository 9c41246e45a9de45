#include "widgets/main_window.h"

#include <hinternet/version.h>

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hinterscope"));
    QApplication::setOrganizationName(QStringLiteral("Hinterscope"));
    QApplication::setApplicationVersion(QStringLiteral(HINTERNET_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("hinterscope"));

    // Translations are compiled into the binary (:/i18n); the system locale picks one.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("hinterscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    hinterscope::MainWindow window;
    window.show();
    return QApplication::exec();
}
