/** How a container is named in messages: `container "web"`, `init container 0`. */
export function describeContainer(kind, index, container) {
    const noun = kind === "containers" ? "container" : kind === "initContainers" ? "init container" : "ephemeral container";
    const name = container.name;
    return typeof name === "string" && name !== "" ? `${noun} "${name}"` : `${noun} ${index}`;
}
