package org.shipshape.gui.shipments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.ReferenceEditorViewModel;
import org.shipshape.logic.shipments.ContainerTypes;
import org.shipshape.model.shipments.ContainerType;

/** The container types editor: inside and door sizes in millimetres, payload and tare in kilograms. */
public final class ContainerTypesViewModel extends ReferenceEditorViewModel<ContainerType> {
    private final Messages text = Messages.of(ContainerTypesView.class);
    private final ContainerTypes types;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty insideLength = new SimpleStringProperty("");
    private final StringProperty insideWidth = new SimpleStringProperty("");
    private final StringProperty insideHeight = new SimpleStringProperty("");
    private final StringProperty doorWidth = new SimpleStringProperty("");
    private final StringProperty doorHeight = new SimpleStringProperty("");
    private final StringProperty payload = new SimpleStringProperty("");
    private final StringProperty tare = new SimpleStringProperty("");
    private boolean retired;

    public ContainerTypesViewModel(GuiContext context) {
        this(context, new ContainerTypes(context.workspace()));
    }

    private ContainerTypesViewModel(GuiContext context, ContainerTypes types) {
        super(context, types);
        this.types = types;
        watch(code, name, insideLength, insideWidth, insideHeight, doorWidth, doorHeight, payload, tare);
        start();
    }

    @Override
    protected String searchText(ContainerType entry) {
        return entry.code() + " " + entry.name();
    }

    @Override
    protected void fill(ContainerType t) {
        code.set(t == null ? "" : t.code());
        name.set(t == null ? "" : t.name());
        insideLength.set(t == null ? "" : String.valueOf(t.insideLengthMm()));
        insideWidth.set(t == null ? "" : String.valueOf(t.insideWidthMm()));
        insideHeight.set(t == null ? "" : String.valueOf(t.insideHeightMm()));
        doorWidth.set(t == null ? "" : String.valueOf(t.doorWidthMm()));
        doorHeight.set(t == null ? "" : String.valueOf(t.doorHeightMm()));
        payload.set(t == null ? "" : t.maxPayloadKg().stripTrailingZeros().toPlainString());
        tare.set(t == null || t.tareKg() == null ? "" : t.tareKg().stripTrailingZeros().toPlainString());
        retired = t != null && t.retired();
    }

    @Override
    protected Typed<ContainerType> typed() {
        List<String> problems = new ArrayList<>();
        Integer il = millimetres(insideLength, "insideLength", problems);
        Integer iw = millimetres(insideWidth, "insideWidth", problems);
        Integer ih = millimetres(insideHeight, "insideHeight", problems);
        Integer dw = millimetres(doorWidth, "doorWidth", problems);
        Integer dh = millimetres(doorHeight, "doorHeight", problems);
        BigDecimal payloadKg = decimal(payload.get(), v -> v, text.get("error.payload"), problems);
        if (payloadKg == null && !problems.contains(text.get("error.payload"))) {
            problems.add(text.get("error.payload"));
        }
        BigDecimal tareKg = decimal(tare.get(), v -> v, text.get("error.tare"), problems);
        if (!problems.isEmpty()) {
            return Typed.refused(problems);
        }
        return Typed.of(new ContainerType(ContainerTypes.code(code.get()), name.get().trim(), il, iw, ih, dw, dh,
                payloadKg, tareKg, retired));
    }

    private Integer millimetres(StringProperty field, String name, List<String> problems) {
        return wholeNumber(field.get(), text.get("error.mm", text.get("label." + name)), problems);
    }

    @Override
    protected String describe(ContainerType entry) {
        return text.get("entry", entry.code());
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty insideLengthProperty() {
        return insideLength;
    }

    public StringProperty insideWidthProperty() {
        return insideWidth;
    }

    public StringProperty insideHeightProperty() {
        return insideHeight;
    }

    public StringProperty doorWidthProperty() {
        return doorWidth;
    }

    public StringProperty doorHeightProperty() {
        return doorHeight;
    }

    public StringProperty payloadProperty() {
        return payload;
    }

    public StringProperty tareProperty() {
        return tare;
    }
}
