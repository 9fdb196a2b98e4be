using System.Globalization;
using System.Text.Json.Nodes;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.Talent.Model;


namespace Qingmeng.Talent.Apis;

/// <summary>The public schema.org JobPosting document of a posting (JSON-LD), as search engines and job boards read it.</summary>
public static class JobPostingJsonLd
{
    public const string ContentType = "application/ld+json";

    public static JsonObject Build(JobPosting p, string? canonicalUrl)
    {
        var address = new JsonObject
        {
            ["@type"] = "PostalAddress",
            ["streetAddress"] = p.StreetAddress,
            ["addressLocality"] = p.Locality,
            ["addressRegion"] = p.Region,
            ["addressCountry"] = "CN",
        };
        var place = new JsonObject { ["@type"] = "Place", ["address"] = address };
        if (p.Latitude is { } latitude && p.Longitude is { } longitude)
        {
            place["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = latitude, ["longitude"] = longitude };
        }

        var organization = new JsonObject
        {
            ["@type"] = "Organization",
            ["name"] = p.OrganizationName,
            ["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "统一社会信用代码", ["value"] = p.CreditCode },
        };

        var document = new JsonObject
        {
            ["@context"] = "https://schema.org/",
            ["@type"] = "JobPosting",
            ["title"] = p.Title,
            ["description"] = p.Description,
            ["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["name"] = p.OrganizationName, ["value"] = p.Id.ToString() },
            ["datePosted"] = p.DatePosted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["validThrough"] = ChinaTime.ToChinaTime(p.ValidThrough).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["employmentType"] = SchemaOrgNames.Of(p.EmploymentType),
            ["hiringOrganization"] = organization,
            ["jobLocation"] = place,
            ["baseSalary"] = new JsonObject
            {
                ["@type"] = "MonetaryAmount",
                ["currency"] = "CNY",
                ["value"] = new JsonObject
                {
                    ["@type"] = "QuantitativeValue",
                    ["minValue"] = p.SalaryMin,
                    ["maxValue"] = p.SalaryMax,
                    ["unitText"] = SchemaOrgNames.Of(p.SalaryUnit),
                },
            },
            ["totalJobOpenings"] = p.Openings,
            ["directApply"] = true,
            ["inLanguage"] = "zh-CN",
        };
        if (canonicalUrl is not null)
        {
            document["url"] = canonicalUrl;
        }
        return document;
    }
}
