#pragma once

#include "request/request_spec.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hinterscope {

// The Options tab: the WinHTTP settings the runner applies, one control per option, each with a tooltip
// naming the option it sets. Flag bits the panel has no check box for (set by an imported collection, say)
// are kept, so options() after setOptions() returns exactly what was set.
class OptionsPanel : public QWidget {
    Q_OBJECT

public:
    explicit OptionsPanel(QWidget* parent = nullptr);

    WinHttpOptionsSpec options() const;
    void setOptions(const WinHttpOptionsSpec& options);

signals:
    void edited();

private:
    struct FlagBox {
        QCheckBox* box = nullptr;
        quint32 bit = 0;
    };

    QWidget* flagRow(QList<FlagBox>& group, const QList<std::pair<QString, quint32>>& flags,
                     const QString& objectPrefix);
    QSpinBox* timeoutBox(const QString& objectName, const QString& toolTip);
    static quint32 readFlags(const QList<FlagBox>& group, quint32 kept);
    static void writeFlags(const QList<FlagBox>& group, quint32 value);
    static quint32 bitsOf(const QList<FlagBox>& group);
    void showProxyFields();

    QComboBox* mode_ = nullptr;
    QComboBox* redirectPolicy_ = nullptr;
    QSpinBox* maxRedirects_ = nullptr;
    QList<FlagBox> disable_;
    QSpinBox* resolveTimeout_ = nullptr;
    QSpinBox* connectTimeout_ = nullptr;
    QSpinBox* sendTimeout_ = nullptr;
    QSpinBox* receiveTimeout_ = nullptr;
    QList<FlagBox> securityIgnore_;
    QList<FlagBox> decompression_;
    QList<FlagBox> protocols_;
    QComboBox* proxyMode_ = nullptr;
    QLineEdit* proxy_ = nullptr;
    QLineEdit* proxyBypass_ = nullptr;
    QLineEdit* caFile_ = nullptr;
    QLineEdit* userAgent_ = nullptr;

    // Bits of the last setOptions() that no check box shows.
    quint32 otherDisable_ = 0;
    quint32 otherSecurity_ = 0;
    quint32 otherDecompression_ = 0;
    quint32 otherProtocols_ = 0;
    int loading_ = 0; // setOptions() in progress: value changes are not edits
};

} // namespace hinterscope
