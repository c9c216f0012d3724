#include "costdemocatalog.h"

namespace traceo::cost::demo {

const std::vector<ProviderSpec>& providers()
{
    using S = Shape;
    static const std::vector<ProviderSpec> list = {
        { "AWS", "111122223333", 0.95, { "210987654321", "345678901234", "456789012345" },
            { "us-east-1", "eu-west-1", "ap-northeast-1" },
            {
                { "Amazon Elastic Compute Cloud", "Compute", "Instance", "Hours", 0, "arn:aws:ec2:%1:%2:instance/i-0%4",
                    true,
                    { { S::Steady, 18, 20, 90 }, { S::Business, 24, 10, 60 }, { S::Idle, 10, 8, 30 },
                        { S::Cyclic, 6, 30, 80 }, { S::Batch, 8, 15, 60 }, { S::ShortLived, 14, 5, 20 },
                        { S::Reserved, 6, 30, 80 } } },
                { "Amazon Simple Storage Service", "Storage", "Bucket", "GB-Mo", 0.023 / 30, "arn:aws:s3:::%3-%4",
                    false, { { S::ColdStorage, 8, 5, 40 }, { S::HotStorage, 10, 10, 50 } } },
                { "Amazon Relational Database Service", "Databases", "DBInstance", "Hours", 0,
                    "arn:aws:rds:%1:%2:db:%3-%4", false, { { S::Database, 8, 40, 150 } } },
                { "AWS Lambda", "Compute", "Function", "Lambda-GB-Seconds", 0.0000166667,
                    "arn:aws:lambda:%1:%2:function:%3-%4", false, { { S::Serverless, 12, 2, 15 } } },
                { "Amazon Virtual Private Cloud", "Networking", "NatGateway", "GB", 0.045,
                    "arn:aws:ec2:%1:%2:natgateway/nat-0%4", false, { { S::Transfer, 6, 30, 120 } } },
                { "AWS Data Transfer", "Networking", "DataTransfer", "GB", 0.09, "arn:aws:ec2:%1:%2:vpc/vpc-0%4", false,
                    { { S::Transfer, 3, 20, 80 } } },
                { "Amazon CloudFront", "Networking", "Distribution", "GB", 0.085,
                    "arn:aws:cloudfront::%2:distribution/E%4", false, { { S::Transfer, 3, 10, 60 } } },
                { "Amazon DynamoDB", "Databases", "Table", "WriteCapacityUnit-Hours", 0.00065,
                    "arn:aws:dynamodb:%1:%2:table/%3-%4", false, { { S::Serverless, 6, 3, 20 } } },
            } },
        { "Microsoft", "8611537", 0.9,
            { "/subscriptions/3f2b6c1e-5a4d-4e8b-9c07-1d2e3f4a5b6c",
                "/subscriptions/b7a1c2d3-4e5f-4a6b-8c7d-9e0f1a2b3c4d" },
            { "eastus", "westeurope" },
            {
                { "Virtual Machines", "Compute", "Virtual machine", "Hours", 0,
                    "%2/resourceGroups/rg-%3/providers/Microsoft.Compute/virtualMachines/vm-%3-%4", true,
                    { { S::Steady, 10, 20, 90 }, { S::Business, 10, 10, 60 }, { S::Idle, 8, 8, 30 },
                        { S::Cyclic, 4, 30, 80 }, { S::Reserved, 4, 30, 80 } } },
                { "Virtual Machine Scale Sets", "Compute", "Virtual machine scale set", "Hours", 0,
                    "%2/resourceGroups/rg-%3/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-%3-%4", true,
                    { { S::Batch, 4, 20, 70 }, { S::ShortLived, 6, 5, 20 } } },
                { "Storage Accounts", "Storage", "Storage account", "GB-Mo", 0.0184 / 30,
                    "%2/resourceGroups/rg-%3/providers/Microsoft.Storage/storageAccounts/st%4", false,
                    { { S::ColdStorage, 6, 5, 40 }, { S::HotStorage, 6, 10, 50 } } },
                { "Azure SQL Database", "Databases", "SQL database", "Hours", 0,
                    "%2/resourceGroups/rg-%3/providers/Microsoft.Sql/servers/sql-%3/databases/db-%4", false,
                    { { S::Database, 6, 40, 150 } } },
                { "Bandwidth", "Networking", "Bandwidth", "GB", 0.087,
                    "%2/resourceGroups/rg-%3/providers/Microsoft.Network/publicIPAddresses/pip-%3-%4", false,
                    { { S::Transfer, 4, 20, 90 } } },
                { "Azure Kubernetes Service", "Compute", "Kubernetes service", "Hours", 0,
                    "%2/resourceGroups/rg-%3/providers/Microsoft.ContainerService/managedClusters/aks-%3-%4", true,
                    { { S::Steady, 3, 40, 120 } } },
            } },
        { "Google Cloud", "01A2B3-C4D5E6-F7A8B9", 1.0, { "shop-prod-4821", "analytics-prod-1187", "ml-train-3302" },
            { "us-central1", "europe-west4" },
            {
                { "Compute Engine", "Compute", "Instance", "Hours", 0,
                    "//compute.googleapis.com/projects/%2/zones/%1-b/instances/%3-%4", true,
                    { { S::Steady, 10, 20, 90 }, { S::Business, 12, 10, 60 }, { S::Idle, 8, 8, 30 },
                        { S::Cyclic, 4, 30, 80 }, { S::Batch, 6, 30, 120 }, { S::ShortLived, 8, 5, 20 } } },
                { "Cloud Storage", "Storage", "Bucket", "GB-Mo", 0.02 / 30,
                    "//storage.googleapis.com/projects/%2/buckets/%3-%4", false,
                    { { S::ColdStorage, 6, 5, 40 }, { S::HotStorage, 6, 10, 50 } } },
                { "Cloud SQL", "Databases", "Instance", "Hours", 0,
                    "//cloudsql.googleapis.com/projects/%2/instances/%3-%4", false, { { S::Database, 4, 40, 150 } } },
                { "BigQuery", "Analytics", "Dataset", "TB", 6.25,
                    "//bigquery.googleapis.com/projects/%2/datasets/%3_%4", false, { { S::Serverless, 4, 20, 150 } } },
                { "Networking", "Networking", "Internet egress", "GB", 0.12,
                    "//compute.googleapis.com/projects/%2/regions/%1/routers/nat-%3-%4", false,
                    { { S::Transfer, 4, 20, 90 } } },
                { "Kubernetes Engine", "Compute", "Cluster", "Hours", 0,
                    "//container.googleapis.com/projects/%2/locations/%1/clusters/%3-%4", true,
                    { { S::Steady, 3, 40, 120 } } },
            } },
    };
    return list;
}

} // namespace traceo::cost::demo
