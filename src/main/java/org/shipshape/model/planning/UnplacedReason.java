package org.shipshape.model.planning;

/** Why an item is not in the plan. */
public enum UnplacedReason {
    /** Larger than the inside of the container whichever way it is allowed to stand. */
    TOO_BIG_FOR_CONTAINER,
    /** Would fit inside but cannot pass the door opening whichever way it is allowed to stand. */
    TOO_BIG_FOR_DOOR,
    /** Heavier on its own than the container's payload. */
    TOO_HEAVY_FOR_PAYLOAD,
    /** Adding it would exceed the payload left after the planned items. */
    PAYLOAD_FULL,
    /** It travels with other packages, and they do not all fit in this container together. */
    GROUP_DOES_NOT_FIT,
    /** No room was found for it. */
    NO_SPACE
}
