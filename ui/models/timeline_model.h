#pragma once

#include "bridge/event_batch.h"
#include "models/model_roles.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace hinterscope {

// Every event of the trace as one row, in arrival order. A row is a fixed 48-byte record; texts are
// interned, so a million rows take about 50 MB. Display strings are made when a view asks for them.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    struct Row {
        std::int64_t timeNs; // since the trace's origin
        std::uint64_t handle;
        std::uint64_t number;
        std::uint64_t offset;
        std::uint32_t threadId; // Linux thread ids fit in 32 bits (pid_max ≤ 2^22)
        std::uint32_t status;   // callbacks: the status; handle events: the handle type; else Event::status
        std::uint32_t text;     // index into the interned texts
        std::uint8_t kind;      // hinternet::trace::EventKind
        std::uint8_t category;  // one TimelineCategory bit
        bool delivered;
    };

    explicit TimelineModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row& row(int index) const { return rows_[static_cast<std::size_t>(index)]; }
    const QString& text(const Row& row) const { return texts_[row.text]; }
    QString information(const Row& row) const;
    QString eventName(const Row& row) const;
    // "WINHTTP_CALLBACK_STATUS_REDIRECT: The request is redirected …": the name and what it means, one line.
    QString eventToolTip(const Row& row) const;
    std::uint64_t originNs() const { return origin_ns_; }

    static TimelineCategory categoryOf(const hinternet::trace::Event& event);

public slots:
    // GUI thread. One beginInsertRows per batch.
    void ingest(const hinterscope::EventBatch& batch);
    void clear();

private:
    std::uint32_t intern(const std::string& text);

    std::vector<Row> rows_;
    QList<QString> texts_;
    std::unordered_map<std::string, std::uint32_t> textIndex_;
    std::uint64_t origin_ns_ = 0;
};

} // namespace hinterscope
