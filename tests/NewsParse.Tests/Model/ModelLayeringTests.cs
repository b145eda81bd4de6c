using System.Reflection;
using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.Model;

/// <summary>Layers depend one way: the model references nothing of the layers built on it or feeding it.</summary>
public class ModelLayeringTests
{
    private static readonly string[] Forbidden =
    [
        "NewsParse.Reading", "NewsParse.Rendering", "NewsParse.Detection", "NewsParse.Html", "NewsParse.PlainText", "NewsParse.Building",
    ];

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> ModelTypes() =>
        typeof(Article).Assembly.GetTypes().Where(t => t.Namespace == "NewsParse.Model");

    [Fact]
    public void No_model_type_references_a_type_of_another_layer()
    {
        var violations = new List<string>();
        var types = ModelTypes().ToList();
        Assert.Contains(typeof(Article), types);
        Assert.Contains(typeof(ParagraphBlock), types);
        foreach (var type in types)
        {
            foreach (var (where, used) in References(type))
            {
                foreach (var leaf in Expand(used))
                {
                    if (Forbidden.Any(ns => leaf.Namespace == ns || (leaf.Namespace?.StartsWith(ns + ".", StringComparison.Ordinal) ?? false)))
                        violations.Add($"{type.FullName} {where} uses {leaf.FullName}");
                }
            }
        }
        Assert.Empty(violations);
    }

    [Fact]
    public void The_check_sees_a_reference_when_there_is_one()
    {
        // The same walk over a type that does use the reading layer must report it (so the test above can fail).
        var found = References(typeof(NewsParse.Reading.BlockEvent)).SelectMany(r => Expand(r.Used)).ToList();
        Assert.Contains(found, t => t.Namespace == "NewsParse.Reading");
    }

    /// <summary>Every type named by the type's base, interfaces, fields, properties, events, methods and constructors.</summary>
    private static IEnumerable<(string Where, Type Used)> References(Type type)
    {
        if (type.BaseType is { } baseType) yield return ("base type", baseType);
        foreach (var i in type.GetInterfaces()) yield return ("interface", i);
        foreach (var f in type.GetFields(All)) yield return ($"field {f.Name}", f.FieldType);
        foreach (var p in type.GetProperties(All)) yield return ($"property {p.Name}", p.PropertyType);
        foreach (var e in type.GetEvents(All)) if (e.EventHandlerType is { } h) yield return ($"event {e.Name}", h);
        foreach (var m in type.GetMethods(All))
        {
            yield return ($"method {m.Name} return", m.ReturnType);
            foreach (var p in m.GetParameters()) yield return ($"method {m.Name} parameter {p.Name}", p.ParameterType);
        }
        foreach (var c in type.GetConstructors(All))
        {
            foreach (var p in c.GetParameters()) yield return ($"constructor parameter {p.Name}", p.ParameterType);
        }
    }

    /// <summary>The type and every type inside it: array elements, by-ref targets, generic arguments (without recursion).</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        var pending = new Stack<Type>();
        pending.Push(type);
        while (pending.Count > 0)
        {
            var t = pending.Pop();
            if (t.HasElementType) { pending.Push(t.GetElementType()!); continue; }
            if (t.IsGenericParameter) continue;
            yield return t;
            if (t.IsGenericType) foreach (var a in t.GetGenericArguments()) pending.Push(a);
        }
    }
}
