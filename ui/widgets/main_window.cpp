#include "widgets/main_window.h"

#include <hinternet/library_versions.h>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace hinterscope {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hinterscope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hinterscope.svg")));

    auto* welcome = new QLabel(tr("Compose a request and watch WinHTTP handle it."), this);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);

    const auto versions = hinternet::library_versions();
    engineLabel_ =
        new QLabel(tr("hinternet %1 · %2")
                       .arg(QString::fromStdString(versions.hinternet), QString::fromStdString(versions.openssl)),
                   this);
    engineLabel_->setObjectName(QStringLiteral("engineLabel"));
    statusBar()->addPermanentWidget(engineLabel_);

    resize(1100, 720);
}

} // namespace hinterscope
