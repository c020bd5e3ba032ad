// SPDX-License-Identifier: MIT
// The Spanish texts read as a Spanish-speaking teacher writes: the usual terms of the field, no
// words that mean something else, and numbers with a decimal comma.
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <vector>

namespace {

struct Message {
    QString source;
    QString translation;
};

std::vector<Message> read_ts(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    std::vector<Message> messages;
    QXmlStreamReader xml(&file);
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("message")) {
            current = {};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            // Plural forms are elements of their own: their texts, one after the other.
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.push_back(current);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

const std::vector<Message>& messages() {
    static const std::vector<Message> all = read_ts(QStringLiteral(ACTIVA_TS_FILE));
    return all;
}

// Code, command lines and file names keep their decimal points.
QString without_code(QString text) {
    static const QRegularExpression code(QStringLiteral("<code>.*?</code>|`[^`]*`"));
    static const QRegularExpression option(QStringLiteral("--[a-z-]+[ =]\\S+"));
    return text.remove(code).remove(option);
}

} // namespace

TEST(Spanish, AvoidsWordingThatMisleads) {
    // Each phrase, and what a teacher writes instead.
    const std::vector<std::pair<QString, const char*>> avoided{
        {QStringLiteral("gradientes que se desvanecen"), "desvanecimiento del gradiente"},
        {QStringLiteral("activación oculta"), "activación de capa oculta"},
        {QStringLiteral("redes móviles"), "redes para dispositivos móviles"},
        {QStringLiteral("La función sin "), "el seno"},
        {QStringLiteral("ejes y"), "ejes Y"},
        {QStringLiteral("No estoy seguro"), "No lo sé"},
        {QStringLiteral("y/o"), "o ... (o ambas)"},
        {QStringLiteral("por defecto"), "predeterminado"},
        {QStringLiteral("neuronas muertas"), "unidades muertas"},
        {QStringLiteral("Ver en el explorador"), "Mostrar en las curvas"},
        {QStringLiteral("Ajustar y"), "Ajustar eje y (\"y\" reads as \"and\")"},
        {QStringLiteral("trazos"), "discontinua, for every dashed line"},
        {QStringLiteral("línea: entrenamiento"), "continua: entrenamiento"},
        {QStringLiteral("Fracción saturada"), "Fracción de unidades saturadas o muertas"},
        {QStringLiteral("son unidades muertas"), "están muertas"},
        {QStringLiteral("Reproducir"), "Entrenar (nothing plays back)"},
        {QStringLiteral("comienzo aleatorio"), "inicialización aleatoria"},
        {QStringLiteral("rango escrito"), "rango introducido"},
        {QStringLiteral("sortea"), "genera los pesos"},
        {QStringLiteral("desv. estándar"), "desv. típica"},
        {QStringLiteral("desviación estándar"), "desviación típica"},
        {QStringLiteral("gregar"), "añadir, the one verb"},
        {QStringLiteral("Agrega"), "Añade, the one verb"},
        {QStringLiteral("normal de LeCun"), "LeCun normal, like He normal"},
        {QStringLiteral("“"), "«»"},
        {QStringLiteral("”"), "«»"},
    };
    ASSERT_GT(messages().size(), 100U);
    for (const Message& m : messages())
        for (const auto& [phrase, instead] : avoided)
            EXPECT_FALSE(m.translation.contains(phrase, Qt::CaseSensitive))
                << "\"" << phrase.toStdString() << "\" (write " << instead
                << ") in: " << m.translation.toStdString();
}

TEST(Spanish, NumbersHaveADecimalComma) {
    static const QRegularExpression decimal(QStringLiteral("(?<![\\d.])\\d+\\.\\d+(?![\\d.])"));
    for (const Message& m : messages()) {
        const QString source = without_code(m.source);
        const QString translation = without_code(m.translation);
        auto it = decimal.globalMatch(translation);
        while (it.hasNext()) {
            const QString number = it.next().captured();
            // A number the English text has too is one the translation copied unchanged.
            EXPECT_FALSE(source.contains(number))
                << number.toStdString()
                << " keeps its decimal point in: " << m.translation.toStdString();
        }
    }
}

// A reading names the network, not the function as a bare noun: "la red con ReLU alcanza", not
// "ReLU alcanza".
TEST(Spanish, ReadingsNameTheNetwork) {
    int readings = 0;
    for (const Message& m : messages()) {
        if (!m.source.startsWith(QStringLiteral("At epoch %1, %2"))) continue;
        ++readings;
        EXPECT_TRUE(m.translation.contains(QStringLiteral("la red con %2")))
            << m.translation.toStdString();
    }
    EXPECT_EQ(readings, 5);
}
