#include "models/tls_chain_model.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QThread>
#include <QTimeZone>

namespace hinterscope {

using hinternet::trace::CertificateSummary;

namespace {

constexpr quintptr kCertificateRow = 0; // internal id of a certificate's row; field rows carry index + 1

QString fromUtf8(const std::string& text)
{
    return QString::fromStdString(text);
}

QString timeText(std::int64_t secondsSinceEpoch)
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::UTC);
    return time.toString(Qt::ISODate);
}

} // namespace

TlsChainModel::TlsChainModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

QModelIndex TlsChainModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kCertificateRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex TlsChainModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kCertificateRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kCertificateRow);
}

int TlsChainModel::rowCount(const QModelIndex& parent) const
{
    if (!summary_)
        return 0;
    if (!parent.isValid())
        return static_cast<int>(summary_->chain.size());
    if (parent.column() != 0 || parent.internalId() != kCertificateRow)
        return 0;
    return FieldCount;
}

int TlsChainModel::columnCount(const QModelIndex&) const
{
    return TlsChainColumn::Count;
}

QString TlsChainModel::fieldName(FieldKind kind)
{
    switch (kind) {
    case Subject:
        return tr("Subject");
    case Issuer:
        return tr("Issuer");
    case SubjectAltNames:
        return tr("Subject alternative names");
    case NotBefore:
        return tr("Valid from");
    case NotAfter:
        return tr("Valid until");
    case Fingerprint:
        return tr("SHA-256 fingerprint");
    case PublicKey:
        return tr("Public key");
    case SignatureAlgorithm:
        return tr("Signature algorithm");
    case FieldCount:
        break;
    }
    return {};
}

QString TlsChainModel::commonName(const QString& distinguishedName)
{
    static const QRegularExpression cn(QStringLiteral("(?:^|,)\\s*CN=((?:\\\\.|[^,])*)"));
    const auto match = cn.match(distinguishedName);
    return match.hasMatch() ? match.captured(1) : distinguishedName;
}

bool TlsChainModel::expired(const CertificateSummary& certificate) const
{
    const qint64 now = now_.toSecsSinceEpoch();
    return (certificate.not_after != 0 && now > certificate.not_after) ||
           (certificate.not_before != 0 && now < certificate.not_before);
}

QString TlsChainModel::fieldValue(const CertificateSummary& certificate, FieldKind kind) const
{
    switch (kind) {
    case Subject:
        return fromUtf8(certificate.subject);
    case Issuer:
        return fromUtf8(certificate.issuer);
    case SubjectAltNames: {
        QStringList names;
        for (const auto& name : certificate.subject_alt_names)
            names << fromUtf8(name);
        return names.isEmpty() ? tr("(none)") : names.join(QStringLiteral(", "));
    }
    case NotBefore:
        return timeText(certificate.not_before);
    case NotAfter:
        return expired(certificate) ? tr("%1 (not valid now)").arg(timeText(certificate.not_after))
                                    : timeText(certificate.not_after);
    case Fingerprint:
        return fromUtf8(certificate.sha256_fingerprint);
    case PublicKey:
        return certificate.public_key_bits > 0
                   ? tr("%1, %2 bits").arg(fromUtf8(certificate.public_key_algorithm)).arg(certificate.public_key_bits)
                   : fromUtf8(certificate.public_key_algorithm);
    case SignatureAlgorithm:
        return fromUtf8(certificate.signature_algorithm);
    case FieldCount:
        break;
    }
    return {};
}

QVariant TlsChainModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !summary_)
        return {};
    const bool isCertificate = index.internalId() == kCertificateRow;
    const int certificateIndex = isCertificate ? index.row() : static_cast<int>(index.internalId() - 1);
    const auto& chain = summary_->chain;
    const CertificateSummary& certificate = chain[static_cast<std::size_t>(certificateIndex)];
    const auto kind = static_cast<FieldKind>(index.row());

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (isCertificate) {
            if (index.column() == TlsChainColumn::Value)
                return tr("issued by %1").arg(commonName(fromUtf8(certificate.issuer)));
            const QString position =
                certificateIndex == 0 ? tr("Leaf")
                : certificateIndex == static_cast<int>(chain.size()) - 1 && certificate.subject == certificate.issuer
                    ? tr("Root")
                    : tr("Intermediate");
            return tr("%1: %2").arg(position, commonName(fromUtf8(certificate.subject)));
        }
        return index.column() == TlsChainColumn::Field ? fieldName(kind) : fieldValue(certificate, kind);
    case TlsChainRole::CertificateIndex:
        return certificateIndex;
    case TlsChainRole::FieldKind:
        return isCertificate ? -1 : static_cast<int>(kind);
    case TlsChainRole::Pem:
        return fromUtf8(certificate.pem);
    case TlsChainRole::Expired:
        return (isCertificate || kind == NotBefore || kind == NotAfter) ? QVariant(expired(certificate)) : QVariant();
    default:
        return {};
    }
}

QVariant TlsChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == TlsChainColumn::Field ? tr("Certificate") : tr("Value");
}

void TlsChainModel::setSummary(std::shared_ptr<const hinternet::trace::TlsSummary> summary, const QDateTime& now)
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    summary_ = std::move(summary);
    now_ = now;
    endResetModel();
}

void TlsChainModel::clear()
{
    setSummary(nullptr);
}

} // namespace hinterscope
