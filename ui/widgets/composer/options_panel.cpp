#include "widgets/composer/options_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <climits>

// Last, after every Qt header: <windows.h> defines macros that clash with Qt's names.
#include <hinternet/extensions.h>
#include <windows.h>
#include <winhttp.h>

namespace hinterscope {

static_assert(int(RedirectPolicy::Never) == WINHTTP_OPTION_REDIRECT_POLICY_NEVER);
static_assert(int(RedirectPolicy::DisallowHttpsToHttp) == WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP);
static_assert(int(RedirectPolicy::Always) == WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS);

OptionsPanel::OptionsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("optionsPanel"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(4, 4, 4, 4);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    mode_ = new QComboBox(this);
    mode_->setObjectName(QStringLiteral("optionMode"));
    mode_->addItem(tr("Synchronous"), false);
    mode_->addItem(tr("Asynchronous"), true);
    mode_->setToolTip(tr("WINHTTP_FLAG_ASYNC in WinHttpOpen: calls return at once and results arrive as "
                         "WINHTTP_CALLBACK_STATUS_* callbacks"));
    form->addRow(tr("Mode:"), mode_);

    redirectPolicy_ = new QComboBox(this);
    redirectPolicy_->setObjectName(QStringLiteral("optionRedirectPolicy"));
    redirectPolicy_->addItem(tr("Never follow"), int(RedirectPolicy::Never));
    redirectPolicy_->addItem(tr("Follow, but not HTTPS → HTTP"), int(RedirectPolicy::DisallowHttpsToHttp));
    redirectPolicy_->addItem(tr("Always follow"), int(RedirectPolicy::Always));
    redirectPolicy_->setToolTip(tr("WINHTTP_OPTION_REDIRECT_POLICY: which redirects WinHTTP follows by itself"));

    maxRedirects_ = new QSpinBox(this);
    maxRedirects_->setObjectName(QStringLiteral("optionMaxRedirects"));
    maxRedirects_->setRange(0, 1000);
    maxRedirects_->setToolTip(tr("WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS: hops followed before the request "
                                 "fails with ERROR_WINHTTP_REDIRECT_FAILED"));
    auto* redirects = new QHBoxLayout;
    redirects->setContentsMargins(0, 0, 0, 0);
    redirects->addWidget(redirectPolicy_);
    redirects->addWidget(new QLabel(tr("at most"), this));
    redirects->addWidget(maxRedirects_);
    redirects->addWidget(new QLabel(tr("hops"), this));
    redirects->addStretch();
    form->addRow(tr("Redirects:"), redirects);

    form->addRow(tr("Disable:"), flagRow(disable_,
                                         {{tr("Cookies"), WINHTTP_DISABLE_COOKIES},
                                          {tr("Redirects"), WINHTTP_DISABLE_REDIRECTS},
                                          {tr("Authentication"), WINHTTP_DISABLE_AUTHENTICATION},
                                          {tr("Keep-alive"), WINHTTP_DISABLE_KEEP_ALIVE}},
                                         QStringLiteral("optionDisable")));
    disable_[0].box->setToolTip(tr("WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_COOKIES: no cookie is stored "
                                   "or sent automatically"));
    disable_[1].box->setToolTip(tr("WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_REDIRECTS: every 3xx comes "
                                   "back as the response"));
    disable_[2].box->setToolTip(tr("WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_AUTHENTICATION: no automatic "
                                   "answer to 401/407 challenges"));
    disable_[3].box->setToolTip(tr("WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_KEEP_ALIVE: a new connection "
                                   "per request"));

    resolveTimeout_ = timeoutBox(QStringLiteral("optionResolveTimeout"),
                                 tr("WINHTTP_OPTION_RESOLVE_TIMEOUT (WinHttpSetTimeouts): limit for the DNS lookup"));
    connectTimeout_ =
        timeoutBox(QStringLiteral("optionConnectTimeout"),
                   tr("WINHTTP_OPTION_CONNECT_TIMEOUT: limit for the TCP connection (and TLS handshake)"));
    sendTimeout_ = timeoutBox(QStringLiteral("optionSendTimeout"),
                              tr("WINHTTP_OPTION_SEND_TIMEOUT: limit for each write of the request"));
    receiveTimeout_ = timeoutBox(QStringLiteral("optionReceiveTimeout"),
                                 tr("WINHTTP_OPTION_RECEIVE_TIMEOUT: limit for each read of the response"));
    // One row: the four limits of WinHttpSetTimeouts, in its argument order.
    auto* timeouts = new QHBoxLayout;
    timeouts->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, QSpinBox*> limits[] = {{tr("resolve"), resolveTimeout_},
                                                    {tr("connect"), connectTimeout_},
                                                    {tr("send"), sendTimeout_},
                                                    {tr("receive"), receiveTimeout_}};
    for (const auto& [label, box] : limits) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(box);
        timeouts->addWidget(caption);
        timeouts->addWidget(box);
    }
    timeouts->addStretch();
    form->addRow(tr("Timeouts:"), timeouts);

    form->addRow(tr("Ignore certificate:"),
                 flagRow(securityIgnore_,
                         {{tr("Unknown CA"), SECURITY_FLAG_IGNORE_UNKNOWN_CA},
                          {tr("Name mismatch"), SECURITY_FLAG_IGNORE_CERT_CN_INVALID},
                          {tr("Expired or not yet valid"), SECURITY_FLAG_IGNORE_CERT_DATE_INVALID},
                          {tr("Wrong usage"), SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE}},
                         QStringLiteral("optionIgnore")));
    securityIgnore_[0].box->setToolTip(tr("WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_UNKNOWN_CA: accept a "
                                          "certificate no trusted CA issued"));
    securityIgnore_[1].box->setToolTip(tr("WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_CERT_CN_INVALID: accept "
                                          "a certificate for another host name"));
    securityIgnore_[2].box->setToolTip(tr("WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_CERT_DATE_INVALID: "
                                          "accept an expired or not yet valid certificate"));
    securityIgnore_[3].box->setToolTip(tr("WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE: "
                                          "accept a certificate not issued for server authentication"));

    form->addRow(tr("Decompress:"), flagRow(decompression_,
                                            {{tr("gzip"), WINHTTP_DECOMPRESSION_FLAG_GZIP},
                                             {tr("deflate"), WINHTTP_DECOMPRESSION_FLAG_DEFLATE},
                                             {tr("Brotli"), HINTERNET_DECOMPRESSION_FLAG_BROTLI}},
                                            QStringLiteral("optionDecompress")));
    decompression_[0].box->setToolTip(tr("WINHTTP_OPTION_DECOMPRESSION, WINHTTP_DECOMPRESSION_FLAG_GZIP: ask for "
                                         "and decode gzip bodies"));
    decompression_[1].box->setToolTip(tr("WINHTTP_OPTION_DECOMPRESSION, WINHTTP_DECOMPRESSION_FLAG_DEFLATE: ask for "
                                         "and decode deflate bodies"));
    decompression_[2].box->setToolTip(tr("WINHTTP_OPTION_DECOMPRESSION, HINTERNET_DECOMPRESSION_FLAG_BROTLI "
                                         "(hinternet's extension): ask for and decode br bodies"));

    form->addRow(tr("TLS versions:"), flagRow(protocols_,
                                              {{tr("TLS 1.2"), WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2},
                                               {tr("TLS 1.3"), WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3}},
                                              QStringLiteral("optionProtocol")));
    protocols_[0].box->setToolTip(tr("WINHTTP_OPTION_SECURE_PROTOCOLS, WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2; "
                                     "none checked: the default set"));
    protocols_[1].box->setToolTip(tr("WINHTTP_OPTION_SECURE_PROTOCOLS, WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3; "
                                     "none checked: the default set"));

    proxyMode_ = new QComboBox(this);
    proxyMode_->setObjectName(QStringLiteral("optionProxyMode"));
    proxyMode_->addItem(tr("No proxy"), int(ProxyMode::None));
    proxyMode_->addItem(tr("From the environment"), int(ProxyMode::Environment));
    proxyMode_->addItem(tr("Named proxy"), int(ProxyMode::Named));
    proxyMode_->setItemData(0, tr("WINHTTP_ACCESS_TYPE_NO_PROXY"), Qt::ToolTipRole);
    proxyMode_->setItemData(1, tr("WINHTTP_ACCESS_TYPE_DEFAULT_PROXY: http_proxy, https_proxy and no_proxy"),
                            Qt::ToolTipRole);
    proxyMode_->setItemData(2, tr("WINHTTP_ACCESS_TYPE_NAMED_PROXY with the proxy and bypass list below"),
                            Qt::ToolTipRole);
    proxyMode_->setToolTip(tr("WinHttpOpen's access type (WINHTTP_OPTION_PROXY): how requests reach the server"));
    proxy_ = new QLineEdit(this);
    proxy_->setObjectName(QStringLiteral("optionProxy"));
    proxy_->setPlaceholderText(tr("host:port or http://host:port"));
    proxy_->setToolTip(tr("WINHTTP_OPTION_PROXY lpszProxy: the proxy every request goes through"));
    proxyBypass_ = new QLineEdit(this);
    proxyBypass_->setObjectName(QStringLiteral("optionProxyBypass"));
    proxyBypass_->setPlaceholderText(tr("<local>; *.internal.example"));
    proxyBypass_->setToolTip(tr("WINHTTP_OPTION_PROXY lpszProxyBypass: hosts reached directly, separated by “;”"));
    const int wideField = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36;
    proxy_->setMinimumWidth(wideField / 2);
    proxyBypass_->setMinimumWidth(wideField / 2);
    auto* proxyRow = new QHBoxLayout;
    proxyRow->setContentsMargins(0, 0, 0, 0);
    proxyRow->addWidget(proxyMode_);
    proxyRow->addWidget(proxy_, 1);
    auto* bypassCaption = new QLabel(tr("bypass"), this);
    bypassCaption->setBuddy(proxyBypass_);
    proxyRow->addWidget(bypassCaption);
    proxyRow->addWidget(proxyBypass_, 1);
    form->addRow(tr("Proxy:"), proxyRow);

    caFile_ = new QLineEdit(this);
    caFile_->setObjectName(QStringLiteral("optionCaFile"));
    caFile_->setPlaceholderText(tr("System trust store only"));
    caFile_->setToolTip(tr("HINTERNET_OPTION_CA_FILE (hinternet's extension): PEM trust anchors added to the "
                           "system store"));
    caFile_->setMinimumWidth(wideField);
    auto* caBrowse = new QPushButton(tr("Browse…"), this);
    caBrowse->setObjectName(QStringLiteral("optionCaFileBrowse"));
    auto* caRow = new QHBoxLayout;
    caRow->setContentsMargins(0, 0, 0, 0);
    caRow->addWidget(caFile_, 1);
    caRow->addWidget(caBrowse);
    form->addRow(tr("CA file:"), caRow);

    userAgent_ = new QLineEdit(this);
    userAgent_->setObjectName(QStringLiteral("optionUserAgent"));
    userAgent_->setPlaceholderText(tr("Hinterscope's own"));
    userAgent_->setToolTip(tr("WinHttpOpen's pszAgentW (WINHTTP_OPTION_USER_AGENT): the User-Agent header"));
    userAgent_->setMinimumWidth(wideField);
    form->addRow(tr("User agent:"), userAgent_);

    for (QComboBox* combo : {mode_, redirectPolicy_, proxyMode_})
        connect(combo, &QComboBox::activated, this, &OptionsPanel::edited);
    connect(proxyMode_, &QComboBox::currentIndexChanged, this, &OptionsPanel::showProxyFields);
    for (QSpinBox* spin : {maxRedirects_, resolveTimeout_, connectTimeout_, sendTimeout_, receiveTimeout_}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!loading_)
                emit edited();
        });
    }
    for (const QList<FlagBox>* group : {&disable_, &securityIgnore_, &decompression_, &protocols_}) {
        for (const FlagBox& flag : *group)
            connect(flag.box, &QCheckBox::clicked, this, &OptionsPanel::edited);
    }
    for (QLineEdit* line : {proxy_, proxyBypass_, caFile_, userAgent_})
        connect(line, &QLineEdit::textEdited, this, &OptionsPanel::edited);
    connect(caBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA certificates (PEM)"), caFile_->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (path.isEmpty())
            return;
        caFile_->setText(path);
        emit edited();
    });

    setOptions({});
}

QWidget* OptionsPanel::flagRow(QList<FlagBox>& group, const QList<std::pair<QString, quint32>>& flags,
                               const QString& objectPrefix)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto& [label, bit] : flags) {
        auto* box = new QCheckBox(label, row);
        box->setObjectName(objectPrefix + QString::number(bit, 16));
        layout->addWidget(box);
        group.append({box, bit});
    }
    layout->addStretch();
    return row;
}

QSpinBox* OptionsPanel::timeoutBox(const QString& objectName, const QString& toolTip)
{
    auto* box = new QSpinBox(this);
    box->setObjectName(objectName);
    box->setRange(0, INT_MAX);
    box->setSingleStep(1000);
    box->setSuffix(tr(" ms"));
    box->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000,000 ms")) + 40);
    box->setSpecialValueText(tr("No limit"));
    box->setToolTip(toolTip);
    box->setGroupSeparatorShown(true);
    return box;
}

quint32 OptionsPanel::bitsOf(const QList<FlagBox>& group)
{
    quint32 bits = 0;
    for (const FlagBox& flag : group)
        bits |= flag.bit;
    return bits;
}

quint32 OptionsPanel::readFlags(const QList<FlagBox>& group, quint32 kept)
{
    quint32 value = kept;
    for (const FlagBox& flag : group) {
        if (flag.box->isChecked())
            value |= flag.bit;
    }
    return value;
}

void OptionsPanel::writeFlags(const QList<FlagBox>& group, quint32 value)
{
    for (const FlagBox& flag : group)
        flag.box->setChecked((value & flag.bit) != 0);
}

WinHttpOptionsSpec OptionsPanel::options() const
{
    WinHttpOptionsSpec options;
    options.async = mode_->currentData().toBool();
    options.redirectPolicy = static_cast<RedirectPolicy>(redirectPolicy_->currentData().toInt());
    options.maxRedirects = maxRedirects_->value();
    options.disableFeatures = readFlags(disable_, otherDisable_);
    options.resolveTimeoutMs = resolveTimeout_->value();
    options.connectTimeoutMs = connectTimeout_->value();
    options.sendTimeoutMs = sendTimeout_->value();
    options.receiveTimeoutMs = receiveTimeout_->value();
    options.securityIgnoreFlags = readFlags(securityIgnore_, otherSecurity_);
    options.decompression = readFlags(decompression_, otherDecompression_);
    options.secureProtocols = readFlags(protocols_, otherProtocols_);
    options.proxyMode = static_cast<ProxyMode>(proxyMode_->currentData().toInt());
    options.proxy = proxy_->text();
    options.proxyBypass = proxyBypass_->text();
    options.caFile = caFile_->text();
    options.userAgent = userAgent_->text();
    return options;
}

void OptionsPanel::setOptions(const WinHttpOptionsSpec& options)
{
    ++loading_;
    mode_->setCurrentIndex(options.async ? 1 : 0);
    redirectPolicy_->setCurrentIndex(redirectPolicy_->findData(int(options.redirectPolicy)));
    maxRedirects_->setValue(options.maxRedirects);
    writeFlags(disable_, options.disableFeatures);
    otherDisable_ = options.disableFeatures & ~bitsOf(disable_);
    resolveTimeout_->setValue(options.resolveTimeoutMs);
    connectTimeout_->setValue(options.connectTimeoutMs);
    sendTimeout_->setValue(options.sendTimeoutMs);
    receiveTimeout_->setValue(options.receiveTimeoutMs);
    writeFlags(securityIgnore_, options.securityIgnoreFlags);
    otherSecurity_ = options.securityIgnoreFlags & ~bitsOf(securityIgnore_);
    writeFlags(decompression_, options.decompression);
    otherDecompression_ = options.decompression & ~bitsOf(decompression_);
    writeFlags(protocols_, options.secureProtocols);
    otherProtocols_ = options.secureProtocols & ~bitsOf(protocols_);
    proxyMode_->setCurrentIndex(proxyMode_->findData(int(options.proxyMode)));
    proxy_->setText(options.proxy);
    proxyBypass_->setText(options.proxyBypass);
    caFile_->setText(options.caFile);
    userAgent_->setText(options.userAgent);
    showProxyFields();
    --loading_;
}

void OptionsPanel::showProxyFields()
{
    const bool named = static_cast<ProxyMode>(proxyMode_->currentData().toInt()) == ProxyMode::Named;
    proxy_->setEnabled(named);
    proxyBypass_->setEnabled(named);
}

} // namespace hinterscope
