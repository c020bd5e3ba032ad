// SPDX-License-Identifier: MIT
// Reference rows kept as tab-separated text in tests/core/data/, as the scripts that compute
// them write them. Numbers are read by strtod, correctly rounded like a literal in the source.
#pragma once

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace activa::test {

using TableRow = std::vector<std::string>;

// The rows of tests/core/data/`name`, each split at its tabs; lines starting with '#' and empty
// lines are skipped. Throws when the file cannot be read, so that no test passes on no rows.
inline std::vector<TableRow> read_table(const std::string& name) {
    const std::string path = std::string(ACTIVA_CORE_TEST_DATA) + "/" + name;
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<TableRow> rows;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        TableRow row;
        std::istringstream fields(line);
        for (std::string field; std::getline(fields, field, '\t');)
            row.push_back(field);
        rows.push_back(row);
    }
    if (rows.empty()) throw std::runtime_error(path + " has no rows");
    return rows;
}

// A number of a table: decimal, "inf", "-inf" or "nan"; throws on anything else.
inline double table_number(const std::string& field) {
    char* end = nullptr;
    const double v = std::strtod(field.c_str(), &end);
    if (field.empty() || *end != '\0') throw std::runtime_error("not a number: '" + field + "'");
    return v;
}

} // namespace activa::test
