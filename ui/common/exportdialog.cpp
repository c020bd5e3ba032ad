// SPDX-License-Identifier: MIT
#include "exportdialog.hpp"

#include "common/numberbox.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

namespace activa::ui {

ExportDialog::ExportDialog(const QString& suggested_file, QSize size, QWidget* parent)
    : QDialog(parent)
    , m_file(new QLineEdit(suggested_file, this))
    , m_format(new QComboBox(this))
    , m_width(new NumberBox(NumberBox::Kind::Integer, this))
    , m_height(new NumberBox(NumberBox::Kind::Integer, this))
    , m_scale(new NumberBox(NumberBox::Kind::Real, this)) {
    setWindowTitle(tr("Export image"));
    m_format->addItem(tr("PNG image"), static_cast<int>(ImageFormat::Png));
    m_format->addItem(tr("JPEG image"), static_cast<int>(ImageFormat::Jpg));
    m_format->addItem(tr("PDF document"), static_cast<int>(ImageFormat::Pdf));
    m_format->addItem(tr("SVG drawing"), static_cast<int>(ImageFormat::Svg));
    ImageFormat from_name = ImageFormat::Png;
    if (image_format_for(suggested_file, &from_name))
        m_format->setCurrentIndex(m_format->findData(static_cast<int>(from_name)));
    m_format->setToolTip(tr("File format; the file name's extension follows it"));
    m_file->setToolTip(tr("Where to write the image"));
    m_file->setMinimumWidth(m_file->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
    for (NumberBox* s : {m_width, m_height}) {
        s->setRange(kMinExportSide, kMaxExportSide);
        s->setSuffix(tr(" px"));
    }
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_width->setObjectName(QStringLiteral("widthBox"));
    m_height->setObjectName(QStringLiteral("heightBox"));
    m_scale->setObjectName(QStringLiteral("scaleBox"));
    m_width->setToolTipText(tr("Width in logical pixels"));
    m_height->setToolTipText(tr("Height in logical pixels"));
    m_scale->setRange(kMinExportScale, kMaxExportScale);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(1.0);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_scale->setToolTipText(tr("Pixels per logical pixel for PNG and JPEG: 2 × gives a sharp "
                               "picture on high-resolution screens and slides"));

    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setToolTip(tr("Choose the file in a dialog"));
    auto* file_row = new QHBoxLayout;
    file_row->addWidget(m_file, 1);
    file_row->addWidget(browse);
    auto* size_row = new QHBoxLayout;
    size_row->addWidget(m_width);
    size_row->addWidget(new QLabel(QStringLiteral("×"), this));
    size_row->addWidget(m_height);

    auto* form = new QFormLayout;
    // Rows whose field is a layout need their label's buddy set by hand for the shortcut.
    auto* file_label = new QLabel(tr("&File:"), this);
    file_label->setBuddy(m_file);
    auto* size_label = new QLabel(tr("&Size:"), this);
    size_label->setBuddy(m_width);
    form->addRow(file_label, file_row);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(size_label, size_row);
    form->addRow(m_width->messageLabel());
    form->addRow(m_height->messageLabel());
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(m_scale->messageLabel());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    // A typed extension chooses the format; the name stays as typed.
    connect(m_file, &QLineEdit::textEdited, this, [this](const QString& name) {
        ImageFormat f = format();
        if (!image_format_for(name.trimmed(), &f) || f == format()) return;
        const QSignalBlocker blocker(m_format);
        m_format->setCurrentIndex(m_format->findData(static_cast<int>(f)));
        m_scale->setEnabled(f == ImageFormat::Png || f == ImageFormat::Jpg);
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    onFormatChanged();
}

QString ExportDialog::fileName() const {
    return m_file->text().trimmed();
}
ImageFormat ExportDialog::format() const {
    return static_cast<ImageFormat>(m_format->currentData().toInt());
}
QSize ExportDialog::imageSize() const {
    return {m_width->intValue(), m_height->intValue()};
}
double ExportDialog::scale() const {
    return m_scale->value();
}

void ExportDialog::onFormatChanged() {
    // The extension follows the chosen format, so the two never disagree.
    const QString ext = image_format_suffix(format());
    QString name = fileName();
    if (!name.isEmpty()) {
        const QFileInfo fi(name);
        name = fi.path() + QLatin1Char('/') + fi.completeBaseName() + QLatin1Char('.') + ext;
        m_file->setText(QDir::toNativeSeparators(QDir::cleanPath(name)));
    }
    const bool raster = format() == ImageFormat::Png || format() == ImageFormat::Jpg;
    m_scale->setEnabled(raster);
}

void ExportDialog::browse() {
    const QString ext = image_format_suffix(format());
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export image"), fileName(), tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (chosen.isEmpty()) return;
    m_file->setText(chosen);
    m_replaceAgreed = chosen; // the file dialog has asked about replacing it
    ImageFormat f = format();
    if (image_format_for(chosen, &f))
        m_format->setCurrentIndex(m_format->findData(static_cast<int>(f)));
    onFormatChanged();
}

void ExportDialog::accept() {
    for (NumberBox* box : {m_width, m_height, m_scale})
        if (!box->takeText()) return; // the reason shows under the field
    if (fileName().isEmpty()) {
        QMessageBox::warning(this, tr("Export image"), tr("Choose a file to export to."));
        return;
    }
    if (!mayWrite()) return;
    QString error;
    if (m_export && !m_export(*this, &error)) {
        // What was entered stays, so the name or the folder can be put right.
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    QDialog::accept();
}

bool ExportDialog::mayWrite() {
    QString error;
    if (!check_target(fileName(), &error)) {
        QMessageBox::warning(this, tr("Export image"), error);
        return false;
    }
    const QFileInfo target(fileName());
    if (!target.exists() ||
        target.absoluteFilePath() == QFileInfo(m_replaceAgreed).absoluteFilePath())
        return true;
    QMessageBox ask(
        QMessageBox::Warning, tr("Export image"),
        tr("“%1” already exists. Replace it?").arg(QDir::toNativeSeparators(target.fileName())),
        QMessageBox::NoButton, this);
    ask.setInformativeText(tr("It is in the folder “%1”. Replacing it overwrites what it holds.")
                               .arg(QDir::toNativeSeparators(target.absolutePath())));
    QPushButton* replace = ask.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == replace;
}

} // namespace activa::ui
