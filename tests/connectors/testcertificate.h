#pragma once

#include <QByteArray>

namespace traceo::test {

// A throwaway self-signed certificate for CN=127.0.0.1 (subjectAltName IP:127.0.0.1, EC P-256,
// valid until 2126) and its key. Test data only: it protects nothing.
inline const QByteArray kLoopbackCertificatePem = QByteArrayLiteral(R"(-----BEGIN CERTIFICATE-----
MIIBkDCCATagAwIBAgIUYTzOiFoXTezh5Ac+8Rke/JQ9NoAwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNzE3NTQ0M1oYDzIxMjYxMTAz
MTc1NDQzWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAARTPnJPn9p9h0SNrgCZmISEu85XvDi7WzrKzLSTgyJse+CQ65FAwJIa
NmWUOXNn+01x9maNeSwpuVynR87iyBDUo2QwYjAdBgNVHQ4EFgQU4JCZFcCuDKXh
Vy2vlWeWJ11ZNu4wHwYDVR0jBBgwFoAU4JCZFcCuDKXhVy2vlWeWJ11ZNu4wDwYD
VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0gAMEUC
IQCc4l9+iyso3zcNo9ywzA8CfGiJl5IgmEPhyBpnZJKZdgIgbpe3dBdxNeDEPdkN
8ow4nbd9M8SXAwyjS5Can+AB9hQ=
-----END CERTIFICATE-----
)");

inline const QByteArray kLoopbackKeyPem = QByteArrayLiteral(R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg3XRVv7W9ZA4pMile
wdyepLB2luXaZm6HH7PScgOd81+hRANCAARTPnJPn9p9h0SNrgCZmISEu85XvDi7
WzrKzLSTgyJse+CQ65FAwJIaNmWUOXNn+01x9maNeSwpuVynR87iyBDU
-----END PRIVATE KEY-----
)");

} // namespace traceo::test
