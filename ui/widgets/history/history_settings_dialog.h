#pragma once

#include <QDialog>

class QSpinBox;

namespace hinterscope {

// Settings → History…: how much of each response body history keeps, and the size cap past which the
// oldest exchanges are pruned (docs/history.md).
class HistorySettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit HistorySettingsDialog(QWidget* parent = nullptr);

    int bodyKiB() const;
    void setBodyKiB(int kib);
    int maxEntries() const;
    void setMaxEntries(int entries);
    int maxMiB() const;
    void setMaxMiB(int mib);

private:
    QSpinBox* bodyKiB_ = nullptr;
    QSpinBox* maxEntries_ = nullptr;
    QSpinBox* maxMiB_ = nullptr;
};

} // namespace hinterscope
