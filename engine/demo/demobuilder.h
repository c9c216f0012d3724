#pragma once

#include "store/database.h"

#include <functional>
#include <random>
#include <vector>

namespace traceo {

/// What one domain adds to the demo database. Seeders run in registration order inside one
/// transaction, each with a generator derived from the demo seed, so a seed always gives the same data.
struct DemoSeeder
{
    QString domain;
    std::function<void(const std::shared_ptr<Database>&, std::mt19937_64&)> seed;
};

/// The seeders of every domain. Each domain adds its own in its `<domain>demo.cpp`.
std::vector<DemoSeeder> demoSeeders();

/// Builds a demo database at `path`: written to a temporary file beside it and renamed into place,
/// so a failed or cancelled build leaves nothing behind. Throws traceo::Error if `path` exists and
/// `replace` is false. `progress(done, total, domain)` is called before each seeder.
void buildDemoDatabase(const QString& path, quint64 seed, bool replace,
    const std::function<void(int, int, const QString&)>& progress = {});

} // namespace traceo
