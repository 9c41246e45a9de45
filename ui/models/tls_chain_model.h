#pragma once

#include "models/response_roles.h"

#include <hinternet/trace.h>

#include <QAbstractItemModel>
#include <QDateTime>

#include <memory>

namespace hinterscope {

// The certificate chain a server presented (leaf first), from the trace's TlsSummary: a row per
// certificate, and under it a row per field (subject, issuer, SANs, validity, fingerprint, key, signature).
class TlsChainModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum FieldKind : int {
        Subject,
        Issuer,
        SubjectAltNames,
        NotBefore,
        NotAfter,
        Fingerprint,
        PublicKey,
        SignatureAlgorithm,
        FieldCount
    };

    explicit TlsChainModel(QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Resets the model to this summary's chain (null: empty). `now` decides what counts as expired.
    void setSummary(std::shared_ptr<const hinternet::trace::TlsSummary> summary,
                    const QDateTime& now = QDateTime::currentDateTimeUtc());
    void clear();
    const hinternet::trace::TlsSummary* summary() const { return summary_.get(); }

    static QString fieldName(FieldKind kind);
    // "CN=localhost" out of an RFC 2253 name, else the whole name.
    static QString commonName(const QString& distinguishedName);

private:
    QString fieldValue(const hinternet::trace::CertificateSummary& certificate, FieldKind kind) const;
    bool expired(const hinternet::trace::CertificateSummary& certificate) const;

    std::shared_ptr<const hinternet::trace::TlsSummary> summary_;
    QDateTime now_;
};

} // namespace hinterscope
