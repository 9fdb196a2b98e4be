using System.Diagnostics.Metrics;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Qingmeng.Gateway.Authentication;

namespace Qingmeng.Gateway.Tests.Authentication;

/// <summary>The gateway checks a bearer token's signature once, then trusts its own memory of the result for a short time.</summary>
public sealed class CachingJsonWebTokenHandlerTests : IDisposable
{
    private const string Issuer = "https://id.qingmeng.test/";
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "k1" };
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private int _signatureChecks;

    [Fact]
    public async Task ValidateTokenAsync_same_token_twice_checks_the_signature_once()
    {
        var handler = NewHandler();
        var token = NewToken("jiejia.admin", TimeSpan.FromMinutes(10));

        var first = await handler.ValidateTokenAsync(token, Parameters());
        var second = await handler.ValidateTokenAsync(token, Parameters());

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, _signatureChecks);
        Assert.Equal("jiejia.admin", second.ClaimsIdentity.FindFirst("sub")?.Value);
    }

    [Fact]
    public async Task ValidateTokenAsync_tampered_copy_of_a_cached_token_is_checked_and_refused()
    {
        var handler = NewHandler();
        var token = NewToken("jiejia.admin", TimeSpan.FromMinutes(10));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters())).IsValid);

        // A changed signature byte: the token still parses, only the signature check can refuse it.
        var signatureStart = token.LastIndexOf('.') + 1;
        var tampered = token[..signatureStart] + (token[signatureStart] == 'A' ? 'B' : 'A') + token[(signatureStart + 1)..];
        var result = await handler.ValidateTokenAsync(tampered, Parameters());

        Assert.False(result.IsValid);
        Assert.Equal(2, _signatureChecks);
    }

    [Fact]
    public async Task ValidateTokenAsync_after_the_cache_age_checks_the_signature_again()
    {
        var handler = NewHandler();
        var token = NewToken("jiejia.admin", TimeSpan.FromMinutes(10));
        await handler.ValidateTokenAsync(token, Parameters());

        _time.Advance(CachingJsonWebTokenHandler.MaxAge);
        var again = await handler.ValidateTokenAsync(token, Parameters());

        Assert.True(again.IsValid);
        Assert.Equal(2, _signatureChecks);
    }

    [Fact]
    public async Task ValidateTokenAsync_token_about_to_expire_is_kept_no_longer_than_its_expiry()
    {
        var handler = NewHandler();
        var token = NewToken("jiejia.admin", TimeSpan.FromSeconds(30));
        await handler.ValidateTokenAsync(token, Parameters());

        _time.Advance(TimeSpan.FromSeconds(31));
        await handler.ValidateTokenAsync(token, Parameters());

        Assert.Equal(2, _signatureChecks);
    }

    [Fact]
    public async Task ValidateTokenAsync_claims_added_by_one_request_do_not_reach_the_next()
    {
        var handler = NewHandler();
        var token = NewToken("jiejia.admin", TimeSpan.FromMinutes(10));
        await handler.ValidateTokenAsync(token, Parameters());

        var hit = await handler.ValidateTokenAsync(token, Parameters());
        hit.ClaimsIdentity.AddClaim(new Claim("role", "admin"));
        var next = await handler.ValidateTokenAsync(token, Parameters());

        Assert.Null(next.ClaimsIdentity.FindFirst("role"));
    }

    [Fact]
    public async Task ValidateTokenAsync_refused_tokens_are_not_remembered()
    {
        var handler = NewHandler();
        var token = NewToken("jiejia.admin", TimeSpan.FromMinutes(10));
        var wrongAudience = Parameters();
        wrongAudience.ValidAudience = "finance";

        Assert.False((await handler.ValidateTokenAsync(token, wrongAudience)).IsValid);
        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task ValidateTokenAsync_a_full_cache_makes_room_and_stays_bounded()
    {
        var handler = new CachingJsonWebTokenHandler(_time, _services.GetRequiredService<IMeterFactory>(), capacity: 3);
        for (var i = 0; i < 10; i++)
        {
            Assert.True((await handler.ValidateTokenAsync(NewToken($"user-{i}", TimeSpan.FromMinutes(10)), Parameters())).IsValid);
        }

        Assert.InRange(handler.Count, 1, 3);
    }

    public void Dispose() => _services.Dispose();

    private CachingJsonWebTokenHandler NewHandler() => new(_time, _services.GetRequiredService<IMeterFactory>());

    private string NewToken(string subject, TimeSpan lifetime) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = "policy",
        Subject = new ClaimsIdentity([new Claim("sub", subject)]),
        IssuedAt = _time.GetUtcNow().UtcDateTime,
        NotBefore = _time.GetUtcNow().UtcDateTime,
        Expires = _time.GetUtcNow().Add(lifetime).UtcDateTime,
        SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
    });

    private TokenValidationParameters Parameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = "policy",
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        // Counts the signature checks: the handler asks for the key each time it verifies one.
        IssuerSigningKeyResolver = (_, _, _, _) =>
        {
            Interlocked.Increment(ref _signatureChecks);
            return [_key];
        },
    };
}
