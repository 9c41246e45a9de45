#pragma once

#include <QMainWindow>

class QLabel;

namespace hinterscope {

// The application's main window. Panes arrive with the inspector issue; for now it says what it runs on.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

private:
    QLabel* engineLabel_ = nullptr;
};

} // namespace hinterscope
