using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Architecture.Tests;

/// <summary>A use of one type by another, as compiled: signatures, attributes and method bodies alike.</summary>
public sealed record TypeUse(TypeDefinition User, TypeReference Used);

/// <summary>
/// Reads what each type of an assembly uses, from the compiled IL rather than the source, so a use hidden in a lambda,
/// an async state machine or a local variable counts the same as one in a signature. Nested and compiler-generated
/// types are charged to the top-level type that declares them.
/// </summary>
public static class TypeDependencies
{
    public static IReadOnlyList<TypeDefinition> TopLevelTypes(ModuleDefinition module) =>
        [.. module.Types.Where(t => t.Name != "<Module>" && !IsGenerated(t))];

    /// <summary>Types a source generator or the compiler wrote outside the service's own namespaces.</summary>
    public static bool IsGenerated(TypeDefinition type) =>
        type.Name.StartsWith('<')
        || type.CustomAttributes.Any(a => a.AttributeType.FullName is
            "System.Runtime.CompilerServices.CompilerGeneratedAttribute" or "System.CodeDom.Compiler.GeneratedCodeAttribute"
            or "Microsoft.CodeAnalysis.EmbeddedAttribute");

    public static IEnumerable<TypeUse> Of(TypeDefinition topLevel)
    {
        var used = new HashSet<TypeReference>(TypeReferenceComparer.Instance);
        foreach (var type in WithNested(topLevel))
        {
            Collect(type, used);
        }
        return used.Select(u => new TypeUse(topLevel, u));
    }

    /// <summary>The top-level type a reference names (nested types belong to their outermost declaring type).</summary>
    public static TypeReference TopLevel(TypeReference reference)
    {
        while (reference.DeclaringType is not null)
        {
            reference = reference.DeclaringType;
        }
        return reference;
    }

    private static IEnumerable<TypeDefinition> WithNested(TypeDefinition type)
    {
        yield return type;
        foreach (var nested in type.NestedTypes.SelectMany(WithNested))
        {
            yield return nested;
        }
    }

    private static void Collect(TypeDefinition type, HashSet<TypeReference> used)
    {
        Add(type.BaseType, used);
        foreach (var implemented in type.Interfaces)
        {
            Add(implemented.InterfaceType, used);
        }
        Attributes(type.CustomAttributes, used);
        GenericConstraints(type.GenericParameters, used);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType, used);
            Attributes(field.CustomAttributes, used);
        }
        foreach (var property in type.Properties)
        {
            Add(property.PropertyType, used);
            Attributes(property.CustomAttributes, used);
        }
        foreach (var @event in type.Events)
        {
            Add(@event.EventType, used);
        }
        foreach (var method in type.Methods)
        {
            Method(method, used);
        }
    }

    private static void Method(MethodDefinition method, HashSet<TypeReference> used)
    {
        Add(method.ReturnType, used);
        Attributes(method.CustomAttributes, used);
        GenericConstraints(method.GenericParameters, used);
        foreach (var parameter in method.Parameters)
        {
            Add(parameter.ParameterType, used);
            Attributes(parameter.CustomAttributes, used);
        }
        if (!method.HasBody)
        {
            return;
        }
        foreach (var variable in method.Body.Variables)
        {
            Add(variable.VariableType, used);
        }
        foreach (var instruction in method.Body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference operand:
                    Add(operand, used);
                    break;
                case MethodReference called:
                    MethodSignature(called, used);
                    break;
                case FieldReference field:
                    Add(field.DeclaringType, used);
                    Add(field.FieldType, used);
                    break;
                case CallSite site:
                    Add(site.ReturnType, used);
                    foreach (var parameter in site.Parameters)
                    {
                        Add(parameter.ParameterType, used);
                    }
                    break;
            }
        }
    }

    private static void MethodSignature(MethodReference method, HashSet<TypeReference> used)
    {
        Add(method.DeclaringType, used);
        Add(method.ReturnType, used);
        foreach (var parameter in method.Parameters)
        {
            Add(parameter.ParameterType, used);
        }
        if (method is GenericInstanceMethod generic)
        {
            foreach (var argument in generic.GenericArguments)
            {
                Add(argument, used);
            }
        }
    }

    private static void Attributes(IEnumerable<CustomAttribute> attributes, HashSet<TypeReference> used)
    {
        foreach (var attribute in attributes)
        {
            Add(attribute.AttributeType, used);
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.Properties.Select(p => p.Argument)))
            {
                if (argument.Value is TypeReference typeArgument)
                {
                    Add(typeArgument, used);
                }
            }
        }
    }

    private static void GenericConstraints(IEnumerable<GenericParameter> parameters, HashSet<TypeReference> used)
    {
        foreach (var constraint in parameters.SelectMany(p => p.Constraints))
        {
            Add(constraint.ConstraintType, used);
        }
    }

    private static void Add(TypeReference? type, HashSet<TypeReference> used)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Add(generic.ElementType, used);
                foreach (var argument in generic.GenericArguments)
                {
                    Add(argument, used);
                }
                return;
            case TypeSpecification specification:
                // Arrays, by-ref, pointers, modifiers: the element type is what is used.
                Add(specification.ElementType, used);
                return;
            default:
                used.Add(TopLevel(type));
                return;
        }
    }

    private sealed class TypeReferenceComparer : IEqualityComparer<TypeReference>
    {
        public static readonly TypeReferenceComparer Instance = new();

        public bool Equals(TypeReference? x, TypeReference? y) => x?.FullName == y?.FullName && x?.Scope.Name == y?.Scope.Name;

        public int GetHashCode(TypeReference obj) => obj.FullName.GetHashCode(StringComparison.Ordinal);
    }
}
