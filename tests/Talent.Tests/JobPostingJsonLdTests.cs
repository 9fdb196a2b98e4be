using System.Text.Json.Nodes;
using Qingmeng.Talent.Apis;

namespace Talent.Tests;

public sealed class JobPostingJsonLdTests
{
    [Fact]
    public void The_document_carries_schema_org_types_and_upper_case_enumerations()
    {
        var document = JobPostingJsonLd.Build(TestData.Posting(), "https://example.test/jobs/1");

        Assert.Equal("JobPosting", (string?)document["@type"]);
        Assert.Equal("FULL_TIME", (string?)document["employmentType"]);
        Assert.Equal("MONTH", (string?)document["baseSalary"]!["value"]!["unitText"]);
        Assert.Equal("CNY", (string?)document["baseSalary"]!["currency"]);
        Assert.Equal(5_500m, (decimal)document["baseSalary"]!["value"]!["minValue"]!);
        Assert.Equal("CN", (string?)document["jobLocation"]!["address"]!["addressCountry"]);
        Assert.IsType<JsonObject>(document["jobLocation"]!["geo"]);
        Assert.EndsWith("+08:00", (string?)document["validThrough"]);
    }
}
