#include "widgets/response/tls_tab.h"

#include "models/tls_chain_model.h"
#include "models/winhttp_names.h"
#include "widgets/response/response_texts.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace hinterscope {

using response::Texts;

TlsTab::TlsTab(TlsChainModel* chain, QWidget* parent)
    : QWidget(parent)
    , chain_(chain)
{
    setObjectName(QStringLiteral("tlsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    pages_ = new QStackedWidget(this);
    layout->addWidget(pages_);

    message_ = new QLabel(pages_);
    message_->setObjectName(QStringLiteral("tlsMessage"));
    message_->setAlignment(Qt::AlignCenter);
    message_->setEnabled(false); // greyed: a note, not data
    pages_->addWidget(message_);

    auto* details = new QWidget(pages_);
    auto* detailsLayout = new QVBoxLayout(details);
    auto* form = new QFormLayout;
    protocol_ = addRow(form, tr("Protocol"), QStringLiteral("tlsProtocol"));
    cipher_ = addRow(form, tr("Cipher"), QStringLiteral("tlsCipher"));
    alpn_ = addRow(form, tr("ALPN"), QStringLiteral("tlsAlpn"));
    sni_ = addRow(form, tr("SNI"), QStringLiteral("tlsSni"));
    verification_ = addRow(form, tr("Verification"), QStringLiteral("tlsVerification"));
    failureFlags_ = addRow(form, tr("SECURE_FAILURE flags"), QStringLiteral("tlsFailureFlags"));
    waived_ = addRow(form, tr("Waived"), QStringLiteral("tlsWaivedFlags"));
    ignoreFlags_ = addRow(form, tr("Ignore flags in effect"), QStringLiteral("tlsIgnoreFlags"));
    detailsLayout->addLayout(form);

    chainView_ = new QTreeView(details);
    chainView_->setObjectName(QStringLiteral("tlsChainView"));
    chainView_->setModel(chain_);
    chainView_->setUniformRowHeights(true);
    chainView_->header()->setStretchLastSection(true);
    chainView_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(chainView_, &QTreeView::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = chainView_->indexAt(at);
        if (!index.isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Copy value"), this, [index] {
            QApplication::clipboard()->setText(index.siblingAtColumn(TlsChainColumn::Value).data().toString());
        });
        menu.addAction(tr("Copy certificate as PEM"), this,
                       [index] { QApplication::clipboard()->setText(index.data(TlsChainRole::Pem).toString()); });
        menu.exec(chainView_->viewport()->mapToGlobal(at));
    });
    connect(chain_, &QAbstractItemModel::modelReset, chainView_, [this] {
        chainView_->expandToDepth(0);
        chainView_->resizeColumnToContents(TlsChainColumn::Field);
    });
    detailsLayout->addWidget(chainView_, 1);
    pages_->addWidget(details);
    showNotTls();
}

QLabel* TlsTab::addRow(QFormLayout* form, const QString& label, const QString& name)
{
    auto* value = new QLabel(this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

void TlsTab::showNotTls()
{
    mode_ = Mode::NotTls;
    chain_->clear();
    message_->setText(tr("Not a TLS request"));
    pages_->setCurrentIndex(0);
}

void TlsTab::showPending()
{
    mode_ = Mode::Pending;
    chain_->clear();
    message_->setText(tr("No TLS handshake yet"));
    pages_->setCurrentIndex(0);
}

void TlsTab::showSummary(std::shared_ptr<const hinternet::trace::TlsSummary> summary, quint32 ignoreFlagsSet,
                         bool fromPool)
{
    if (!summary) {
        showPending();
        return;
    }
    mode_ = Mode::Summary;
    const auto& tls = *summary;
    const auto text = [](const std::string& value) {
        return value.empty() ? tr("(none)") : QString::fromStdString(value);
    };
    protocol_->setText(
        fromPool ? tr("%1 (on a pooled connection; its handshake was for another request)").arg(text(tls.protocol))
                 : text(tls.protocol));
    cipher_->setText(tls.cipher_bits > 0 ? tr("%1 (%2 bits)").arg(text(tls.cipher)).arg(tls.cipher_bits)
                                         : text(tls.cipher));
    alpn_->setText(text(tls.alpn));
    sni_->setText(text(tls.sni));

    const quint32 failing = tls.failure_flags & ~tls.ignored_flags;
    if (tls.failure_flags == 0)
        verification_->setText(tr("Trusted"));
    else if (failing == 0)
        verification_->setText(
            tr("Accepted: every problem was waived (%1)").arg(QString::fromStdString(tls.verify_message)));
    else
        verification_->setText(
            tr("Failed: %1 (X509 error %2)").arg(QString::fromStdString(tls.verify_message)).arg(tls.verify_result));
    QStringList failureLines{names::secureFailureFlags(tls.failure_flags)};
    failureLines << Texts::failureFlagExplanations(tls.failure_flags);
    failureFlags_->setText(tls.failure_flags == 0 ? tr("none") : failureLines.join(u'\n'));
    waived_->setText(tls.ignored_flags == 0
                         ? tr("none")
                         : tr("%1, by %2")
                               .arg(names::secureFailureFlags(tls.ignored_flags),
                                    Texts::ignoreFlagNames(Texts::ignoreFlagsFor(tls.ignored_flags))));
    // What the request was sent with, when the runner said; otherwise what the waived failures imply.
    const quint32 ignore = ignoreFlagsSet != 0 ? ignoreFlagsSet : Texts::ignoreFlagsFor(tls.ignored_flags);
    ignoreFlags_->setText(Texts::ignoreFlagNames(ignore));

    chain_->setSummary(std::move(summary));
    pages_->setCurrentIndex(1);
}

} // namespace hinterscope
