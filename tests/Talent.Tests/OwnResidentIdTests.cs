using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Model;

namespace Talent.Tests;

public sealed class OwnResidentIdTests
{
    private const string Own = "350503198806122318";
    private const string OwnLowerX = "11010519491231002x";
    private const string SomeoneElse = "350582199001010028";

    [Fact]
    public void A_citizen_giving_their_own_number_is_let_through_whatever_its_case_or_spacing()
    {
        Assert.Null(Citizen(Own).RefuseUnlessOwnResidentId(" " + Own + " ", "test", NullLogger.Instance));
        Assert.Null(Citizen(OwnLowerX.ToUpperInvariant()).RefuseUnlessOwnResidentId(OwnLowerX, "test", NullLogger.Instance));
    }

    [Fact]
    public void A_citizen_giving_someone_elses_number_is_a_403_naming_the_field()
    {
        var refusal = Citizen(Own).RefuseUnlessOwnResidentId(SomeoneElse, "test", NullLogger.Instance);

        AssertForbiddenNaming("residentIdNumber", refusal);
    }

    [Fact]
    public void A_citizen_without_a_verified_resident_id_is_a_403_naming_the_field()
    {
        var user = PlatformUser.From(new ClaimsPrincipal(new ClaimsIdentity([new Claim(PlatformClaims.Subject, "c-1"), new Claim(PlatformClaims.Role, PlatformRoles.Citizen)], "test")));

        AssertForbiddenNaming("residentIdNumber", user.RefuseUnlessOwnResidentId(Own, "test", NullLogger.Instance));
    }

    [Fact]
    public void The_platform_digest_is_not_talents_person_key_so_talents_records_cannot_be_joined_on_it()
    {
        Assert.NotEqual(PersonKey.Of(Own), ResidentIdDigest.Of(Own));
        Assert.Equal(64, ResidentIdDigest.Of(Own).Length);
        Assert.Equal(ResidentIdDigest.Of(Own), ResidentIdDigest.Of(Own.ToLowerInvariant()));
    }

    private static PlatformUser Citizen(string residentId) => PlatformUser.From(new ClaimsPrincipal(new ClaimsIdentity(
    [
        new Claim(PlatformClaims.Subject, "citizen-1"),
        new Claim(PlatformClaims.Role, PlatformRoles.Citizen),
        new Claim(PlatformClaims.ResidentIdDigest, ResidentIdDigest.Of(residentId)),
    ], "test")));

    private static void AssertForbiddenNaming(string field, Failure? refusal)
    {
        Assert.NotNull(refusal);
        var problem = refusal.ToProblem();
        Assert.Equal(StatusCodes.Status403Forbidden, problem.StatusCode);
        Assert.Equal(field, problem.ProblemDetails.Extensions["field"]);
    }
}
