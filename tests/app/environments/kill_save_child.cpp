// Saves a large request file over and over, alternating between two versions, until it is killed
// (tst_kill_during_save). "ready" on stdout after the first save has started.
#include "collections/request_file.h"
#include "kill_save_specs.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: hs_kill_save_child FILE\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const hinterscope::RequestSpec versions[] = {hs::test::largeRequest('B'), hs::test::largeRequest('A')};
    std::puts("ready");
    std::fflush(stdout);
    for (unsigned round = 0;; ++round) {
        QString error;
        if (!hinterscope::saveRequestFile(path, versions[round % 2], &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
}
