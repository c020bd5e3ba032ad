// SPDX-License-Identifier: MIT
// The CSV the window exports for the curves and softmax views, read back as a reader would.
#include <activa/activations.hpp>
#include <activa/csv.hpp>
#include <activa/curves.hpp>
#include <activa/numbers.hpp>
#include <activa/softmax.hpp>

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <string_view>

using activa::ActivationId;
using activa::CurvesState;
using activa::SoftmaxState;

namespace {
class ByteSink : public activa::OutputSink {
public:
    bool write(std::string_view bytes) override {
        text.append(bytes.data(), static_cast<qsizetype>(bytes.size()));
        return true;
    }
    QByteArray text;
};

QByteArray curves_csv(const CurvesState& s) {
    ByteSink sink;
    activa::TextWriter w(sink);
    activa::write_curves_csv(w, s);
    EXPECT_TRUE(w.finish());
    return sink.text;
}

QByteArray softmax_csv(const SoftmaxState& s) {
    ByteSink sink;
    activa::TextWriter w(sink);
    activa::write_softmax_csv(w, s.logits, s.temperature, &s.classes);
    EXPECT_TRUE(w.finish());
    return sink.text;
}

QStringList csv_lines(const QByteArray& csv) {
    EXPECT_TRUE(csv.endsWith('\n'));
    QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'));
    lines.removeLast(); // after the final newline
    return lines;
}

double parse(const QString& text) {
    const auto v = activa::parse_number(text.toStdString());
    EXPECT_TRUE(v.has_value()) << text.toStdString();
    return v.value_or(0.0);
}

std::uint64_t bits(double v) {
    return std::bit_cast<std::uint64_t>(v);
}

// --- images ----------------------------------------------------------------------------------
CurvesState relu_sigmoid(bool derivative) {
    CurvesState s;
    s.curves = {{ActivationId::Relu, activa::default_params(ActivationId::Relu)},
                {ActivationId::Sigmoid, activa::default_params(ActivationId::Sigmoid)}};
    s.xmin = -3.0;
    s.xmax = 2.0;
    s.points = 11;
    s.show_derivative = derivative;
    return s;
}

// Every value in the CSV reads back to exactly what evaluate() gives at that x.
void expect_rows_match(const CurvesState& s, const QStringList& lines) {
    ASSERT_EQ(lines.size(), s.points + 1);
    std::vector<double> xs(static_cast<std::size_t>(s.points));
    activa::linspace(s.xmin, s.xmax, xs);
    const int per_curve = s.show_derivative ? 2 : 1;
    for (int row = 0; row < s.points; ++row) {
        const QStringList fields = lines[row + 1].split(QLatin1Char(','));
        ASSERT_EQ(fields.size(), 1 + per_curve * static_cast<int>(s.curves.size()))
            << lines[row + 1].toStdString();
        const double x = parse(fields[0]);
        EXPECT_EQ(bits(x), bits(xs[static_cast<std::size_t>(row)])) << "row " << row;
        for (std::size_t c = 0; c < s.curves.size(); ++c) {
            const auto expected = activa::evaluate(s.curves[c].id, x, s.curves[c].params);
            const int column = 1 + per_curve * static_cast<int>(c);
            EXPECT_EQ(bits(parse(fields[column])), bits(expected.value))
                << "row " << row << " curve " << c;
            if (s.show_derivative) {
                EXPECT_EQ(bits(parse(fields[column + 1])), bits(expected.derivative))
                    << "row " << row << " curve " << c;
            }
        }
    }
}

// The CSV of ReLU and sigmoid (with or without their derivatives): its header, and every row
// what the functions give.
void expect_relu_sigmoid_csv(bool derivative, const QString& header, QStringList& lines) {
    const CurvesState s = relu_sigmoid(derivative);
    lines = csv_lines(curves_csv(s));
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines[0], header);
    expect_rows_match(s, lines);
}

TEST(CurvesCsv, ReluSigmoidWithDerivative) {
    QStringList lines;
    ASSERT_NO_FATAL_FAILURE(expect_relu_sigmoid_csv(
        true, QStringLiteral("x,relu,relu_derivative,sigmoid,sigmoid_derivative"), lines));
    EXPECT_EQ(lines[1], QStringLiteral("-3,0,0,") +
                            QString::fromStdString(activa::format_number(
                                activa::value(ActivationId::Sigmoid, -3.0, {}))) +
                            QLatin1Char(',') +
                            QString::fromStdString(activa::format_number(
                                activa::derivative(ActivationId::Sigmoid, -3.0, {}))));
    EXPECT_TRUE(lines.last().startsWith(QStringLiteral("2,2,1,")));
}

TEST(CurvesCsv, ReluSigmoidWithoutDerivative) {
    QStringList lines;
    ASSERT_NO_FATAL_FAILURE(
        expect_relu_sigmoid_csv(false, QStringLiteral("x,relu,sigmoid"), lines));
}

TEST(CurvesCsv, UsesDotsWhateverTheLocale) {
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CurvesState s = relu_sigmoid(false);
    s.xmin = -0.5;
    s.xmax = 0.5;
    s.points = 2;
    const QByteArray csv = curves_csv(s);
    QLocale::setDefault(before);
    const std::string sigmoid =
        activa::format_number(activa::value(ActivationId::Sigmoid, -0.5, {}));
    EXPECT_TRUE(csv.startsWith(QByteArray("x,relu,sigmoid\n-0.5,0,") + sigmoid.c_str() + '\n'))
        << csv.toStdString();
}

TEST(CurvesCsv, NoCurvesGivesTheXColumn) {
    CurvesState s;
    s.curves.clear();
    s.xmin = 0.0;
    s.xmax = 1.0;
    s.points = 3;
    EXPECT_EQ(curves_csv(s), QByteArray("x\n0\n0.5\n1\n"));
}

TEST(SoftmaxCsv, TheArticlesExample) {
    SoftmaxState s;
    s.classes = {"A", "B", "C"};
    s.logits = {1.0, 3.0, 2.0};
    s.temperature = 1.0;
    const QStringList lines = csv_lines(softmax_csv(s));
    ASSERT_EQ(lines.size(), 4);
    // The dialect of `activa softmax`, with the class names after the index.
    EXPECT_EQ(lines[0], QStringLiteral("index,class,logit,probability,log_probability,sigmoid"));
    EXPECT_EQ(lines[1], QStringLiteral("0,A,1,0.09003057317038046,-2.4076059644443806,"
                                       "0.7310585786300049"));
    EXPECT_EQ(lines[2], QStringLiteral("1,B,3,0.6652409557748218,-0.4076059644443804,"
                                       "0.9525741268224334"));
    EXPECT_EQ(lines[3], QStringLiteral("2,C,2,0.24472847105479764,-1.4076059644443804,"
                                       "0.8807970779778823"));
    const auto p = activa::softmax(s.logits);
    double sum = 0.0;
    for (int i = 0; i < 3; ++i) {
        const double read = parse(lines[i + 1].split(QLatin1Char(','))[3]);
        EXPECT_EQ(bits(read), bits(p[static_cast<std::size_t>(i)]));
        sum += read;
    }
    EXPECT_NEAR(sum, 1.0, 1e-15);
}

TEST(SoftmaxCsv, TemperatureScalesTheProbabilitiesOnly) {
    SoftmaxState s;
    s.logits = {1.0, 3.0, 2.0};
    s.temperature = 0.5;
    const QStringList lines = csv_lines(softmax_csv(s));
    ASSERT_EQ(lines.size(), 4);
    const auto p = activa::softmax(s.logits, 0.5);
    const auto sig = activa::sigmoid_each(s.logits);
    for (int i = 0; i < 3; ++i) {
        const QStringList f = lines[i + 1].split(QLatin1Char(','));
        ASSERT_EQ(f.size(), 6);
        EXPECT_EQ(bits(parse(f[3])), bits(p[static_cast<std::size_t>(i)]));
        EXPECT_EQ(bits(parse(f[5])), bits(sig[static_cast<std::size_t>(i)]));
    }
}

TEST(SoftmaxCsv, QuotesClassNamesThatNeedIt) {
    SoftmaxState s;
    s.classes = {"cat, dog", "say \"hi\"", "two\nlines", "plain ñ"};
    s.logits = {0.0, 0.0, 0.0, 0.0};
    const QByteArray csv = softmax_csv(s);
    // log(0.25) = -2 log 2 = -1.3862943611198906 to the last digit.
    EXPECT_EQ(csv, QByteArray("index,class,logit,probability,log_probability,sigmoid\n"
                              "0,\"cat, dog\",0,0.25,-1.3862943611198906,0.5\n"
                              "1,\"say \"\"hi\"\"\",0,0.25,-1.3862943611198906,0.5\n"
                              "2,\"two\nlines\",0,0.25,-1.3862943611198906,0.5\n"
                              "3,plain \xc3\xb1,0,0.25,-1.3862943611198906,0.5\n"));
}

} // namespace
