package org.shipshape.model.safety;

/** Why a warehouse database could not be opened, in terms a person can act on. */
public enum OpenFailure {
    NOT_A_DATABASE, CORRUPT, EMPTY, HARD_LINKED, NEWER_THAN_APP, READ_ONLY, CANNOT_CREATE, LOCKED, DISK_FULL, IN_USE,
    SERVER_UNREACHABLE, LOGIN_REFUSED, PASSWORD_NEEDED, NO_RIGHTS, TLS_NOT_OFFERED, TLS_NOT_TRUSTED, OTHER
}
