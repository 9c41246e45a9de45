#pragma once

// Columns and roles of the Response pane's own models (TimingModel, TlsChainModel). Offsets continue after
// the ones in model_roles.h, so a value read through a proxy stays unambiguous.
#include <Qt>

namespace hinterscope {

// ---- TimingModel: a row per hop, a column per phase ----------------------------------------------------

namespace TimingColumn {
// Dns … Receive are TimingBreakdown::Phase + kFirstPhase.
enum : int { Hop, Status, Dns, Connect, Tunnel, Tls, Send, Wait, Receive, Total, Count };
inline constexpr int kFirstPhase = Dns;
} // namespace TimingColumn

namespace TimingRole {
enum : int {
    StartNs = Qt::UserRole + 500, // qlonglong: the phase's (Total: the hop's) start, ns since the request began;
                                  // invalid when the phase did not happen
    EndNs,                        // qlonglong, same origin
    DurationNs,                   // qlonglong
    IsOpen,                       // bool: the hop is still under way
    Failed,                       // bool: the hop ended with an error
    ReusedConnection,             // bool: no DNS, connect or TLS because a pooled connection carried it
};
}

// ---- TlsChainModel: certificates (leaf first), each with its fields as children ---------------------

namespace TlsChainColumn {
enum : int { Field, Value, Count };
}

namespace TlsChainRole {
enum : int {
    CertificateIndex = Qt::UserRole + 600, // int: position in the chain, 0 = leaf
    FieldKind,                             // int: TlsChainModel::FieldKind, -1 on a certificate's row
    Pem,                                   // QString: the certificate as PEM (on every row of it)
    Expired,                               // bool: on the validity rows and the certificate's row
};
}

} // namespace hinterscope
