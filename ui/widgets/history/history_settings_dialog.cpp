#include "widgets/history/history_settings_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace hinterscope {
namespace {

QSpinBox* makeSpinBox(const QString& name, int minimum, int maximum, const QString& suffix, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    return box;
}

} // namespace

HistorySettingsDialog::HistorySettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("historySettingsDialog"));
    setWindowTitle(tr("History"));
    bodyKiB_ = makeSpinBox(QStringLiteral("historyBodyKiB"), 0, 16 * 1024, tr(" KiB"), this);
    bodyKiB_->setToolTip(tr("The first bytes of each response body kept with the exchange; 0 keeps none"));
    maxEntries_ = makeSpinBox(QStringLiteral("historyMaxEntries"), 1, 1000000, QString(), this);
    maxMiB_ = makeSpinBox(QStringLiteral("historyMaxMiB"), 1, 64 * 1024, tr(" MiB"), this);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Body kept per exchange:"), bodyKiB_);
    form->addRow(tr("At most this many exchanges:"), maxEntries_);
    form->addRow(tr("At most this much on disk:"), maxMiB_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

int HistorySettingsDialog::bodyKiB() const
{
    return bodyKiB_->value();
}

void HistorySettingsDialog::setBodyKiB(int kib)
{
    bodyKiB_->setValue(kib);
}

int HistorySettingsDialog::maxEntries() const
{
    return maxEntries_->value();
}

void HistorySettingsDialog::setMaxEntries(int entries)
{
    maxEntries_->setValue(entries);
}

int HistorySettingsDialog::maxMiB() const
{
    return maxMiB_->value();
}

void HistorySettingsDialog::setMaxMiB(int mib)
{
    maxMiB_->setValue(mib);
}

} // namespace hinterscope
