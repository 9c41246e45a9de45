#pragma once

#include <hinternet/trace.h>

#include <QWidget>

#include <memory>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace hinterscope {

class TlsChainModel;

// The TLS tab: protocol, cipher, ALPN, SNI, the verification result with the SECURE_FAILURE flags decoded,
// which SECURITY_FLAG_IGNORE_* were in effect, and the certificate chain as a tree.
class TlsTab : public QWidget {
    Q_OBJECT

public:
    enum class Mode { NotTls, Pending, Summary };

    TlsTab(TlsChainModel* chain, QWidget* parent = nullptr);

    void showNotTls();
    // An https request whose handshake has not been seen (yet).
    void showPending();
    // `ignoreFlagsSet`: the SECURITY_FLAG_IGNORE_* bits the request was sent with (from the runner; the
    // trace knows only which failures were waived). `fromPool`: the handshake was an earlier request's.
    void showSummary(std::shared_ptr<const hinternet::trace::TlsSummary> summary, quint32 ignoreFlagsSet,
                     bool fromPool);
    Mode mode() const { return mode_; }

private:
    QLabel* addRow(QFormLayout* form, const QString& label, const QString& name);

    TlsChainModel* chain_;
    QStackedWidget* pages_ = nullptr;
    QLabel* message_ = nullptr;
    QLabel* protocol_ = nullptr;
    QLabel* cipher_ = nullptr;
    QLabel* alpn_ = nullptr;
    QLabel* sni_ = nullptr;
    QLabel* verification_ = nullptr;
    QLabel* failureFlags_ = nullptr;
    QLabel* waived_ = nullptr;
    QLabel* ignoreFlags_ = nullptr;
    QTreeView* chainView_ = nullptr;
    Mode mode_ = Mode::NotTls;
};

} // namespace hinterscope
